using ComplaintDesk.Tests.Core.Reports.Workbook;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="WritingTheMonthlyWorkbook"/>, read by the same SQL from PostgreSQL.</summary>
public sealed class WritingTheMonthlyWorkbookOnPostgres(PostgresFebruary month) : WritingTheMonthlyWorkbook(month), IClassFixture<PostgresFebruary>;
