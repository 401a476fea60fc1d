using System.Globalization;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>
/// Reads an instant as EF stores it in SQLite (<c>yyyy-MM-dd HH:mm:ss[.fffffff]</c>, UTC) by position,
/// for the monitoring read: the general date parser was most of its time over 100,000 complaints.
/// </summary>
internal static class StoredInstant
{
    public static DateTimeOffset Parse(ReadOnlySpan<char> text)
    {
        if (text.Length < 19 || text[4] != '-' || text[10] != ' ' || text[13] != ':')
        {
            return new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc));
        }

        var ticks = new DateTime(
            Number(text[..4]), Number(text[5..7]), Number(text[8..10]), Number(text[11..13]), Number(text[14..16]), Number(text[17..19]),
            DateTimeKind.Utc).Ticks;
        if (text.Length > 20 && text[19] == '.')
        {
            var fraction = text[20..];
            ticks += Number(fraction) * (long)Math.Pow(10, 7 - fraction.Length);
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
