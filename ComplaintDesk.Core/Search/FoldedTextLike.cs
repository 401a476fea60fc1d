using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Search;

/// <summary>
/// "Contains this text" as <c>LIKE '%…%'</c> over the text index's folded columns, the text's own
/// <c>%</c>, <c>_</c> and <c>\</c> escaped, so what a person types is only ever looked for.
/// </summary>
internal static class FoldedTextLike
{
    public static IQueryable<long> Containing(DeskDbContext db, string foldedText, bool names)
    {
        var pattern = $"%{Escape(foldedText)}%";
        return db.Set<ComplaintSearchEntry>()
            .Where(e => EF.Functions.Like(e.Reference, pattern, "\\")
                || EF.Functions.Like(e.ProductOrService, pattern, "\\")
                || EF.Functions.Like(e.Description, pattern, "\\")
                || (names && EF.Functions.Like(e.ComplainantName, pattern, "\\")))
            .Select(e => e.ComplaintId);
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
