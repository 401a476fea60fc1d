namespace ComplaintDesk.Web.Components.Display;

/// <summary>
/// A clock's figure as people read it, written exactly as the browser's countdown.js goes on to write it: hours and
/// minutes, or minutes and seconds in the last hour. Business time, so no days (a working day is not 24 hours).
/// </summary>
public static class CountdownText
{
    public static string Span(TimeSpan span)
    {
        var seconds = (long)Math.Floor(span.Duration().TotalSeconds);
        var (hours, minutes) = (seconds / 3600, seconds % 3600 / 60);
        return hours > 0 ? $"{hours}h {minutes}m" : $"{minutes}m {seconds % 60}s";
    }

    public static string Left(TimeSpan span) => $"{Span(span)} left";

    public static string Overdue(TimeSpan span) => $"{Span(span)} overdue";
}
