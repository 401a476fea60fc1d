using System.Globalization;

namespace ComplaintDesk.Core.Demo;

/// <summary>
/// What the demo desk says, in the desk's default language (<c>Desk:DefaultCulture</c>), so a newcomer sees a real desk:
/// Turkish complaints, categories and team for a Turkish desk (<see cref="DemoContentTurkish"/>), English for any
/// other (<see cref="DemoSamples"/>, <see cref="DemoPath.English"/>).
/// </summary>
public sealed class DemoContent
{
    private DemoContent(
        IReadOnlyList<DemoSample> samples, IReadOnlyDictionary<string, string> categories, string team, string staffConduct, DemoPath.Texts path)
    {
        Samples = samples;
        Categories = categories;
        Team = team;
        StaffConduct = staffConduct;
        Path = path;
    }

    public static DemoContent English { get; } = new(
        DemoSamples.All, new Dictionary<string, string>(), "Complaints team", "Staff conduct", DemoPath.English);

    public static DemoContent Turkish { get; } = new(
        DemoContentTurkish.Samples, DemoContentTurkish.Categories, "Şikâyet ekibi", "Personel davranışı", DemoContentTurkish.Path);

    /// <summary>What complainants say, each naming a category in this language.</summary>
    internal IReadOnlyList<DemoSample> Samples { get; }

    /// <summary>The default categories' names in this language, by their English names; empty for English.</summary>
    internal IReadOnlyDictionary<string, string> Categories { get; }

    /// <summary>The demo desk's one team.</summary>
    public string Team { get; }

    /// <summary>The category whose complaints name a member of staff.</summary>
    internal string StaffConduct { get; }

    internal DemoPath.Texts Path { get; }

    public static DemoContent For(CultureInfo language) =>
        language.TwoLetterISOLanguageName == "tr" ? Turkish : English;
}
