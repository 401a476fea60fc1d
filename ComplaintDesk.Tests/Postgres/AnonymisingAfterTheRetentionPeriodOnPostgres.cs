using ComplaintDesk.Tests.Core.Privacy;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="AnonymisingAfterTheRetentionPeriod"/>, on PostgreSQL.</summary>
public sealed class AnonymisingAfterTheRetentionPeriodOnPostgres() : AnonymisingAfterTheRetentionPeriod(new PostgresDesk());
