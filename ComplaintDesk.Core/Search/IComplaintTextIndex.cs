using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Search;

/// <summary>
/// Finds complaints by their text through the database's own index (<see cref="Persistence.SqliteComplaintTextIndex"/>
/// on SQLite, <see cref="Persistence.Postgres.PostgresComplaintTextIndex"/> on PostgreSQL). Both sides of a match are
/// folded by <see cref="SearchText.Fold"/>.
/// </summary>
public interface IComplaintTextIndex
{
    /// <summary>
    /// The ids of the complaints whose reference, product or service or description holds
    /// <paramref name="foldedText"/> anywhere, or, when <paramref name="names"/> is set, whose complainant's name does.
    /// </summary>
    IQueryable<long> Containing(DeskDbContext db, string foldedText, bool names);
}
