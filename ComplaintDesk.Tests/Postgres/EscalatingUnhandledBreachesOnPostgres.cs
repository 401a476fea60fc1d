using ComplaintDesk.Tests.Core.Escalations;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="EscalatingUnhandledBreaches"/>, on PostgreSQL.</summary>
public sealed class EscalatingUnhandledBreachesOnPostgres() : EscalatingUnhandledBreaches(new PostgresDesk());
