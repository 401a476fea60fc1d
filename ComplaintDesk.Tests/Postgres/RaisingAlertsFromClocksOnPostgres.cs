using ComplaintDesk.Tests.Core.Escalations;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="RaisingAlertsFromClocks"/>, on PostgreSQL.</summary>
public sealed class RaisingAlertsFromClocksOnPostgres() : RaisingAlertsFromClocks(new PostgresDesk());
