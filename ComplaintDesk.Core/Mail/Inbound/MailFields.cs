namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>Fits a message's text into a field of the desk: what is too long is cut, and the cut shows.</summary>
internal static class MailFields
{
    /// <summary>Marks where a text was cut; an ellipsis in brackets reads the same in every language.</summary>
    public const string CutMarker = " […]";

    public static string Fit(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var keep = limit - CutMarker.Length;
        // Never keep half of a character written as two UTF-16 units.
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep].TrimEnd() + CutMarker;
    }
}
