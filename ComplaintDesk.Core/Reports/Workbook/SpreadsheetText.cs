using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>Complainants' words as spreadsheet text: never a formula, always valid XML.</summary>
public static partial class SpreadsheetText
{
    /// <summary>Text Excel would read as a formula (or a DDE call) if typed: it is marked as text with a quote prefix.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Characters XML 1.0 cannot carry become Excel's <c>_xHHHH_</c> escape, and a literal
    /// <c>_xHHHH_</c> is protected as <c>_x005F_xHHHH_</c>, so Excel shows exactly what was written.
    /// </summary>
    public static string XmlSafe(string text)
    {
        if (text.Contains("_x", StringComparison.Ordinal))
        {
            text = LiteralEscape().Replace(text, "_x005F_$1");
        }

        return text.AsSpan().IndexOfAnyExcept(_xmlChars) < 0 ? text : Escape(text);
    }

    private static readonly System.Buffers.SearchValues<char> _xmlChars = System.Buffers.SearchValues.Create(
        "\t\n\r" + new string([.. Enumerable.Range(0x20, 0xD800 - 0x20).Select(c => (char)c)]) +
        new string([.. Enumerable.Range(0xE000, 0xFFFE - 0xE000).Select(c => (char)c)]));

    private static string Escape(string text)
    {
        var safe = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (_xmlChars.Contains(c))
            {
                safe.Append(c);
            }
            else if (char.IsSurrogate(c))
            {
                safe.Append('\uFFFD');
            }
            else
            {
                safe.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return safe.ToString();
    }

    [GeneratedRegex("_(x[0-9A-Fa-f]{4}_)")]
    private static partial Regex LiteralEscape();
}
