namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>The desk and its browser half an hour into a month in the desk's zone, which is still the month before in UTC.</summary>
public sealed class DeskBrowserInAMonthsFirstHour() : DeskBrowser(new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.FromHours(3)));
