using ComplaintDesk.Tests.Core.Privacy;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="RecordingWhoSawPersonalData"/>, on PostgreSQL.</summary>
public sealed class RecordingWhoSawPersonalDataOnPostgres() : RecordingWhoSawPersonalData(new PostgresDesk());
