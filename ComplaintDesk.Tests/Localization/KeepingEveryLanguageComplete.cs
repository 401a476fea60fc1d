using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// Every resource file of the desk has a twin in each language the desk has files for (Turkish at least) with the
/// same keys, and no word is left empty in any: a key added in one language only fails here, not on a person's screen.
/// </summary>
public sealed partial class KeepingEveryLanguageComplete
{

    private static readonly string[] _projects = ["ComplaintDesk.Core", "ComplaintDesk.Web"];

    public static TheoryData<string> NeutralFiles() => [.. ResourceFiles().Where(f => !IsTranslation(f)).Select(Relative)];

    [Fact]
    public void The_desk_has_resources_to_check_in_Turkish()
    {
        Assert.Contains(ResourceFiles(), file => file.EndsWith("DeskText.resx", StringComparison.Ordinal));
        Assert.Contains("tr", Languages());
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Each_language_has_the_same_keys(string neutral)
    {
        var keys = Entries(Absolute(neutral)).Keys.Order(StringComparer.Ordinal).ToList();

        foreach (var language in Languages())
        {
            var translation = Absolute(neutral)[..^".resx".Length] + $".{language}.resx";
            Assert.True(File.Exists(translation), $"{neutral} has no {language} twin");
            Assert.Equal(keys, Entries(translation).Keys.Order(StringComparer.Ordinal).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void No_word_is_empty_in_any_language(string neutral)
    {
        var files = Languages().Select(l => Absolute(neutral)[..^".resx".Length] + $".{l}.resx").Prepend(Absolute(neutral));

        var empty = files.SelectMany(file => Entries(file).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{Path.GetFileName(file)}: {e.Key}"));

        Assert.Empty(empty);
    }

    [Fact]
    public void A_translation_without_its_neutral_file_is_refused()
    {
        var orphans = ResourceFiles().Where(IsTranslation).Where(f => !File.Exists(TranslationSuffix().Replace(f, ".resx"))).Select(Relative);

        Assert.Empty(orphans);
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    // A third language is a set of files with its own suffix; every neutral file then needs its twin in it too.
    private static IEnumerable<string> Languages() =>
        ResourceFiles().Select(f => TranslationSuffix().Match(f)).Where(m => m.Success).Select(m => m.Value[1..^".resx".Length]).Distinct();

    private static bool IsTranslation(string file) => TranslationSuffix().IsMatch(file);

    private static IEnumerable<string> ResourceFiles() =>
        _projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Root, project), "*.resx", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Root { get; } = FindRoot();

    private static string Relative(string file) => Path.GetRelativePath(Root, file);

    private static string Absolute(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ComplaintDesk.sln")))
        {
            folder = folder.Parent;
        }

        return folder!.FullName;
    }

    [GeneratedRegex(@"\.[a-z]{2,3}(-[A-Za-z]{2,4})?\.resx$")]
    private static partial Regex TranslationSuffix();
}
