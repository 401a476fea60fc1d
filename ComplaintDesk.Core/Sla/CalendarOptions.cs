namespace ComplaintDesk.Core.Sla;

/// <summary><c>Desk:Calendar</c>: when the desk works (the time zone is <c>Desk:TimeZone</c>).</summary>
public sealed class CalendarOptions
{
    public const string Section = "Desk:Calendar";

    public List<DayOfWeek> WorkingDays { get; set; } = [];

    public TimeOnly Start { get; set; } = new(9, 0);

    public TimeOnly End { get; set; } = new(18, 0);

    public List<DateOnly> Holidays { get; set; } = [];
}
