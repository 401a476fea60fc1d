using ComplaintDesk.Tests.Core.Search;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="KeepingTheTextIndexInStep"/>, on PostgreSQL.</summary>
public sealed class KeepingTheTextIndexInStepOnPostgres() : KeepingTheTextIndexInStep(new PostgresDesk());
