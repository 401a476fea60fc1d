using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// An order names are sorted in, by language: ICU's collation on PostgreSQL (its initdb brings them), and the same
/// ICU order through .NET registered on each SQLite connection (<see cref="SqliteNameCollations"/>), so both engines
/// sort alike. Turkish for a Turkish culture, English for every other.
/// </summary>
internal sealed record NameCollation(string Language, string Postgres, string Sqlite)
{
    public static readonly NameCollation Turkish = new("tr", "tr-x-icu", "desk_tr");

    public static readonly NameCollation English = new("en", "en-x-icu", "desk_en");

    public static IReadOnlyList<NameCollation> All { get; } = [Turkish, English];

    /// <summary>The order of the language the request (or circuit) speaks, as <see cref="StringComparer.CurrentCulture"/> in memory.</summary>
    public static NameCollation Current =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == Turkish.Language ? Turkish : English;

    public CompareInfo Comparison => CultureInfo.GetCultureInfo(Language).CompareInfo;

    public string On(DeskDbContext db) => db.Database.IsNpgsql() ? Postgres : Sqlite;
}
