using ComplaintDesk.Tests.Core.Templates;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="KeepingTemplates"/>, on PostgreSQL.</summary>
public sealed class KeepingTemplatesOnPostgres() : KeepingTemplates(new PostgresDesk());
