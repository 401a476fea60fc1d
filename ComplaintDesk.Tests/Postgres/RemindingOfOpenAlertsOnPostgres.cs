using ComplaintDesk.Tests.Core.Escalations;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="RemindingOfOpenAlerts"/>, on PostgreSQL.</summary>
public sealed class RemindingOfOpenAlertsOnPostgres() : RemindingOfOpenAlerts(new PostgresDesk());
