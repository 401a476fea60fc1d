using ComplaintDesk.Tests.Core;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="TellingWhoHadTheLastWord"/>, on PostgreSQL.</summary>
public sealed class TellingWhoHadTheLastWordOnPostgres() : TellingWhoHadTheLastWord(new PostgresDesk());
