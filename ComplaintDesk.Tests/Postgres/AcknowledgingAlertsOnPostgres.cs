using ComplaintDesk.Tests.Core.Escalations;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="AcknowledgingAlerts"/>, on PostgreSQL.</summary>
public sealed class AcknowledgingAlertsOnPostgres() : AcknowledgingAlerts(new PostgresDesk());
