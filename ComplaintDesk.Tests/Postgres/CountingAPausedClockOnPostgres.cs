using ComplaintDesk.Tests.Core.Monitoring;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="CountingAPausedClock"/>, on PostgreSQL.</summary>
public sealed class CountingAPausedClockOnPostgres() : CountingAPausedClock(new PostgresDesk());
