using ComplaintDesk.Core.Access;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>One entry of the side menu: shown to those who hold its capability (everyone when it names none).</summary>
/// <param name="Label">The key of the entry's words in <c>DeskText</c>.</param>
public sealed record MenuLink(string Href, string Label, string Icon, DeskCapability? Capability = null)
{
    /// <summary>Marks the entry as the current page only on its own address, not on the pages beneath it.</summary>
    public bool ExactMatch { get; init; }

    /// <summary>The key of the heading of the part of the menu the entry sits in; entries with none sit at the top level.</summary>
    public string? Section { get; init; }

    public bool OpensNewTab { get; init; }

    public string? Id { get; init; }

    /// <summary>Whether the page at <paramref name="path"/> (no query, no fragment, leading slash) is this entry's.</summary>
    public bool IsCurrent(string path) =>
        ExactMatch
            ? string.Equals(path, Href, StringComparison.OrdinalIgnoreCase)
            : path.Equals(Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(Href + "/", StringComparison.OrdinalIgnoreCase);
}
