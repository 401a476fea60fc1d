using ComplaintDesk.Tests.Core.Monitoring;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="ComputingAMonthsFigures"/>, read by the same SQL from PostgreSQL.</summary>
public sealed class ComputingAMonthsFiguresOnPostgres(PostgresFebruary month) : ComputingAMonthsFigures(month), IClassFixture<PostgresFebruary>;
