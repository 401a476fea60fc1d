namespace ComplaintDesk.Web.Components.Display;

/// <summary>The first text of a countdown, as the browser's countdown.js will go on to write it.</summary>
public static class CountdownText
{
    public static string For(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        var minutes = (long)Math.Floor(Math.Abs(left.TotalMinutes));
        var (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        var text = days > 0 ? $"{days}d {hours}h" : hours > 0 ? $"{hours}h {mins}m" : $"{mins}m";
        return left >= TimeSpan.Zero ? $"{text} left" : $"{text} overdue";
    }
}
