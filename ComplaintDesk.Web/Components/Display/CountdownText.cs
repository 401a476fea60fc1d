using System.Globalization;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>
/// A clock's figure as people read it, written exactly as the browser's countdown.js goes on to write it, from the same
/// words (<see cref="Words"/>): hours and minutes, or minutes and seconds in the last hour. Business time, so no days
/// (a working day is not 24 hours).
/// </summary>
public static class CountdownText
{
    /// <summary>The patterns countdown.js fills, by the name of the data attribute the page hands them over in.</summary>
    public static IReadOnlyDictionary<string, object> Words(this IStringLocalizer<DeskText> text) => new Dictionary<string, object>
    {
        ["data-hours-minutes"] = text["Countdown.HoursMinutes"].Value,
        ["data-minutes-seconds"] = text["Countdown.MinutesSeconds"].Value,
        ["data-left"] = text["Countdown.Left"].Value,
        ["data-overdue"] = text["Countdown.Overdue"].Value,
    };

    public static string Span(this IStringLocalizer<DeskText> text, TimeSpan span)
    {
        var seconds = (long)Math.Floor(span.Duration().TotalSeconds);
        var (hours, minutes) = (seconds / 3600, seconds % 3600 / 60);
        return hours > 0 ? Fill(text["Countdown.HoursMinutes"], hours, minutes) : Fill(text["Countdown.MinutesSeconds"], minutes, seconds % 60);
    }

    public static string Left(this IStringLocalizer<DeskText> text, TimeSpan span) => Fill(text["Countdown.Left"], text.Span(span));

    public static string Overdue(this IStringLocalizer<DeskText> text, TimeSpan span) => Fill(text["Countdown.Overdue"], text.Span(span));

    // Plain numbers, as the script writes them: no grouping, whatever the language.
    private static string Fill(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
