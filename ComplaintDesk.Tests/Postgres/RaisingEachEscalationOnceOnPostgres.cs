using ComplaintDesk.Tests.Core.Escalations;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="RaisingEachEscalationOnce"/>, on PostgreSQL.</summary>
public sealed class RaisingEachEscalationOnceOnPostgres() : RaisingEachEscalationOnce(new PostgresDesk());
