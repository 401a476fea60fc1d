using System.Text.RegularExpressions;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>
/// The words a complainant wrote in a reply, without the message they reply to. A mail program quotes the desk's
/// message below the reply, and that message names the complainant and carries their status link: kept, it would show
/// them to every role that reads the timeline. Quoted lines go, and everything from the quote's heading on ("On … wrote:",
/// "… tarihinde … şunu yazdı:", Outlook's "From:/Sent:" block or "Original Message" line).
/// </summary>
public static partial class ReplyText
{
    // How far below a "From:" line the "Sent:"/"Date:" line of the same heading may come.
    private const int HeadingLines = 3;

    /// <summary>The reply's own words, or null when it has none.</summary>
    public static string? NewWords(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var lines = text.Split('\n');
        var end = Enumerable.Range(0, lines.Length).FirstOrDefault(i => StartsQuote(lines, i), lines.Length);
        var own = string.Join('\n', lines.Take(end).Where(line => !line.TrimStart().StartsWith('>'))).Trim();
        return own.Length > 0 ? own : null;
    }

    private static bool StartsQuote(string[] lines, int at)
    {
        var line = lines[at].Trim();
        var withNext = at + 1 < lines.Length ? $"{line} {lines[at + 1].Trim()}" : line;
        return Attribution().IsMatch(line) || Attribution().IsMatch(withNext) || OriginalMessage().IsMatch(line)
            || (HeadingFrom().IsMatch(line) && lines.Skip(at + 1).Take(HeadingLines).Any(next => HeadingSent().IsMatch(next.Trim())));
    }

    [GeneratedRegex(@"^(On\s.+\swrote|.+\starihinde\s.+\s(şunu\s)?yazdı):$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Özgün İleti|Orijinal İleti|Forwarded message|İletilen ileti)\s*-{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^(From|Kimden):\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingFrom();

    [GeneratedRegex(@"^(Sent|Date|Gönderildi|Gönderilme Tarihi|Tarih):\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingSent();
}
