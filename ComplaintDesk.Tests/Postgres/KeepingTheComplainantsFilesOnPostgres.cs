using ComplaintDesk.Tests.Core.Attachments;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="KeepingTheComplainantsFiles"/>, on PostgreSQL.</summary>
public sealed class KeepingTheComplainantsFilesOnPostgres() : KeepingTheComplainantsFiles(new PostgresDesk());
