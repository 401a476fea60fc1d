namespace ComplaintDesk.Core.Common;

/// <summary>
/// Characters no text a person typed should hold: control characters other than tab and line breaks (NUL
/// among them), and the Unicode marks that override or isolate text direction, which can make a stored
/// text read differently on screen than it is (a reference or an e-mail shown reversed).
/// </summary>
public static class TextSafety
{
    public static bool IsSafe(string? text) => text is null || !text.Any(IsUnsafe);

    /// <summary>The text without the characters <see cref="IsSafe"/> refuses: for text the desk takes in as it came (an e-mail).</summary>
    public static string Strip(string text) => IsSafe(text) ? text : string.Concat(text.Where(c => !IsUnsafe(c)));

    private static bool IsUnsafe(char c) => c switch
    {
        '\t' or '\r' or '\n' => false,
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsControl(c),
    };
}
