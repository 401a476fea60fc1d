using ComplaintDesk.Tests.Core.Escalations;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="AcknowledgingAlertsInBulk"/>, on PostgreSQL.</summary>
public sealed class AcknowledgingAlertsInBulkOnPostgres() : AcknowledgingAlertsInBulk(new PostgresDesk());
