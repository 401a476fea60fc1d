using System.Globalization;
using ComplaintDesk.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// Text search on SQLite: an FTS5 table with the trigram tokenizer, so any three characters in a row
/// find the complaints that hold them. Text shorter than a trigram cannot use the index and is looked
/// for in the same folded columns row by row.
/// </summary>
internal sealed class SqliteComplaintTextIndex : IComplaintTextIndex
{
    public const string Table = "ComplaintSearch";

    private const int TrigramLength = 3;

    public IQueryable<long> Containing(DeskDbContext db, string foldedText, bool names)
    {
        if (new StringInfo(foldedText).LengthInTextElements < TrigramLength)
        {
            return FoldedTextLike.Containing(db, foldedText, names);
        }

        return db.Database.SqlQueryRaw<long>($"SELECT rowid AS Value FROM {Table} WHERE {Table} MATCH {{0}}", Match(foldedText, names));
    }

    /// <summary>
    /// The text as one quoted FTS5 phrase (a quote inside doubled), so nothing a person types is read
    /// as query syntax; limited to the columns the person may search.
    /// </summary>
    internal static string Match(string foldedText, bool names)
    {
        var columns = names
            ? "Reference ProductOrService Description ComplainantName"
            : "Reference ProductOrService Description";
        return $"{{{columns}}} : \"{foldedText.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
