using System.Text.RegularExpressions;

namespace ComplaintDesk.Core.Complaints;

/// <summary>The unique reference a complainant quotes: <c>CMP-2026-000123</c>.</summary>
public static partial class ComplaintReference
{
    public static string Format(int year, int number) => $"CMP-{year:D4}-{number:D6}";

    /// <summary>The references quoted in <paramref name="text"/> (a reply's subject), in the order they appear.</summary>
    public static IEnumerable<string> FindIn(string? text) =>
        text is null ? [] : Quoted().Matches(text).Select(match => match.Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\bCMP-\d{4}-\d{6,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
