using ComplaintDesk.Core.Search;

namespace ComplaintDesk.Core.Persistence.Postgres;

/// <summary>
/// Text search on PostgreSQL: <c>LIKE '%…%'</c> over the text index's folded columns, each with a pg_trgm GIN
/// index, so any three characters in a row are looked up in the index; shorter text is matched row by row,
/// as on SQLite. LIKE compares case as it is, like the SQLite trigram table: both sides are already folded.
/// </summary>
internal sealed class PostgresComplaintTextIndex : IComplaintTextIndex
{
    public IQueryable<long> Containing(DeskDbContext db, string foldedText, bool names) =>
        FoldedTextLike.Containing(db, foldedText, names);
}
