using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Web.Features.Settings;

/// <summary>The settings page's working copy: targets in hours, as administrators think of them.</summary>
public sealed class SlaSettingsForm
{
    public HashSet<DayOfWeek> WorkingDays { get; set; } = [];

    public TimeSpan? Start { get; set; }

    public TimeSpan? End { get; set; }

    public List<DateOnly> Holidays { get; set; } = [];

    public double WarningShare { get; set; }

    public Priority DefaultPriority { get; set; }

    public Dictionary<Priority, PolicyRow> Policies { get; set; } = [];

    public sealed class PolicyRow
    {
        public double AcknowledgeHours { get; set; }

        public double RespondHours { get; set; }

        public double ResolveHours { get; set; }

        public bool AroundTheClock { get; set; }
    }

    public static SlaSettingsForm From(CalendarOptions calendar, SlaOptions sla) => new()
    {
        WorkingDays = [.. calendar.WorkingDays],
        Start = calendar.Start.ToTimeSpan(),
        End = calendar.End.ToTimeSpan(),
        Holidays = [.. calendar.Holidays.Order()],
        WarningShare = sla.WarningShare,
        DefaultPriority = sla.DefaultPriority,
        Policies = sla.Policies.ToDictionary(p => p.Key, p => new PolicyRow
        {
            AcknowledgeHours = p.Value.Acknowledge.TotalHours,
            RespondHours = p.Value.Respond.TotalHours,
            ResolveHours = p.Value.Resolve.TotalHours,
            AroundTheClock = p.Value.AroundTheClock,
        }),
    };

    public CalendarOptions ToCalendar() => new()
    {
        WorkingDays = [.. WorkingDays.Order()],
        Start = TimeOnly.FromTimeSpan(Start ?? TimeSpan.Zero),
        End = TimeOnly.FromTimeSpan(End ?? TimeSpan.Zero),
        Holidays = [.. Holidays.Distinct().Order()],
    };

    public SlaOptions ToSla() => new()
    {
        WarningShare = WarningShare,
        DefaultPriority = DefaultPriority,
        Policies = Policies.ToDictionary(p => p.Key, p => new SlaOptions.PolicyOptions
        {
            Acknowledge = TimeSpan.FromHours(p.Value.AcknowledgeHours),
            Respond = TimeSpan.FromHours(p.Value.RespondHours),
            Resolve = TimeSpan.FromHours(p.Value.ResolveHours),
            AroundTheClock = p.Value.AroundTheClock,
        }),
    };
}
