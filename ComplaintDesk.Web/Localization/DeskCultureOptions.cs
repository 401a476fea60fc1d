using System.Globalization;

namespace ComplaintDesk.Web.Localization;

/// <summary>The languages the desk speaks (<c>Desk:Cultures</c>) and the one it falls back to (<c>Desk:DefaultCulture</c>).</summary>
public sealed class DeskCultureOptions
{
    public const string Section = "Desk";

    private static readonly string[] _shipped = ["tr-TR", "en"];

    /// <summary>Culture names a person may choose; empty means the two the desk ships with.</summary>
    public List<string> Cultures { get; set; } = [];

    /// <summary>The language of a request that neither a person's choice nor its <c>Accept-Language</c> settles.</summary>
    public string DefaultCulture { get; set; } = "tr-TR";

    // A list given a default in its initialiser would have the configured names appended to it, never replaced.
    public IReadOnlyList<string> Supported => Cultures.Count > 0 ? Cultures : _shipped;

    /// <summary>
    /// The supported culture a name stands for, or null when the desk does not speak it: the name itself, or for a
    /// language named without a region (<c>tr</c>) the desk's culture of that language (<c>tr-TR</c>).
    /// </summary>
    public string? Find(string? name) =>
        Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
        ?? Supported.FirstOrDefault(c => name is { Length: > 0 } && !name.Contains('-', StringComparison.Ordinal)
            && c.StartsWith(name + "-", StringComparison.OrdinalIgnoreCase));

    public bool IsValid() =>
        Supported.All(IsCultureName) && Find(DefaultCulture) is not null;

    private static bool IsCultureName(string name)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(name) && CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
