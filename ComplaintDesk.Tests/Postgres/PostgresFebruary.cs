using ComplaintDesk.Tests.Core.Monitoring;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same hand-built February as <see cref="HandBuiltFebruary"/>, on PostgreSQL.</summary>
public sealed class PostgresFebruary() : HandBuiltFebruary(new PostgresDesk());
