namespace ComplaintDesk.Core.Sla;

/// <summary><c>Desk:Calendar</c>: when the desk works, and where (the zone comes from <c>Desk:TimeZone</c> on the first start).</summary>
public sealed class CalendarOptions
{
    public const string Section = "Desk:Calendar";

    /// <summary>The IANA time zone of the calendar and of the whole desk; null means the configured <c>Desk:TimeZone</c>.</summary>
    public string? TimeZone { get; set; }

    public List<DayOfWeek> WorkingDays { get; set; } = [];

    public TimeOnly Start { get; set; } = new(9, 0);

    public TimeOnly End { get; set; } = new(18, 0);

    public List<DateOnly> Holidays { get; set; } = [];
}
