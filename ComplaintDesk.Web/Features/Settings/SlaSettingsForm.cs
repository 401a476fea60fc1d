using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Web.Features.Settings;

/// <summary>The settings page's working copy: targets in hours, as administrators think of them.</summary>
public sealed class SlaSettingsForm
{
    public string? TimeZone { get; set; }

    public HashSet<DayOfWeek> WorkingDays { get; set; } = [];

    public TimeSpan? Start { get; set; }

    public TimeSpan? End { get; set; }

    public List<DateOnly> Holidays { get; set; } = [];

    public double WarningShare { get; set; }

    public Priority DefaultPriority { get; set; }

    public Dictionary<Priority, PolicyRow> Policies { get; set; } = [];

    public List<OverrideRow> Overrides { get; set; } = [];

    /// <summary>Overrides naming the same category and priority twice, which settings cannot hold.</summary>
    public IEnumerable<OverrideRow> Duplicates =>
        Overrides.GroupBy(o => (o.Category, o.Priority)).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1));

    public sealed class OverrideRow
    {
        public string Category { get; set; } = "";

        public Priority Priority { get; set; }

        public PolicyRow Targets { get; set; } = new();

        public string Key => $"sla.categoryPolicies.{Category}.{Priority}";
    }

    public sealed class PolicyRow
    {
        public double AcknowledgeHours { get; set; }

        public double RespondHours { get; set; }

        public double ResolveHours { get; set; }

        public bool AroundTheClock { get; set; }
    }

    public static SlaSettingsForm From(CalendarOptions calendar, SlaOptions sla) => new()
    {
        TimeZone = calendar.TimeZone,
        WorkingDays = [.. calendar.WorkingDays],
        Start = calendar.Start.ToTimeSpan(),
        End = calendar.End.ToTimeSpan(),
        Holidays = [.. calendar.Holidays.Order()],
        WarningShare = sla.WarningShare,
        DefaultPriority = sla.DefaultPriority,
        Policies = sla.Policies.ToDictionary(p => p.Key, p => ToRow(p.Value)),
        Overrides =
        [
            .. sla.CategoryPolicies
                .SelectMany(c => c.Value.Select(p => new OverrideRow { Category = c.Key, Priority = p.Key, Targets = ToRow(p.Value) }))
                .OrderBy(o => o.Category, StringComparer.CurrentCulture)
                .ThenBy(o => o.Priority),
        ],
    };

    public CalendarOptions ToCalendar() => new()
    {
        TimeZone = TimeZone,
        WorkingDays = [.. WorkingDays.Order()],
        Start = TimeOnly.FromTimeSpan(Start ?? TimeSpan.Zero),
        End = TimeOnly.FromTimeSpan(End ?? TimeSpan.Zero),
        Holidays = [.. Holidays.Distinct().Order()],
    };

    public SlaOptions ToSla() => new()
    {
        WarningShare = WarningShare,
        DefaultPriority = DefaultPriority,
        Policies = Policies.ToDictionary(p => p.Key, p => ToOptions(p.Value)),
        CategoryPolicies = Overrides
            .GroupBy(o => o.Category)
            .ToDictionary(g => g.Key, g => g.ToDictionary(o => o.Priority, o => ToOptions(o.Targets))),
    };

    private static PolicyRow ToRow(SlaOptions.PolicyOptions policy) => new()
    {
        AcknowledgeHours = policy.Acknowledge.TotalHours,
        RespondHours = policy.Respond.TotalHours,
        ResolveHours = policy.Resolve.TotalHours,
        AroundTheClock = policy.AroundTheClock,
    };

    private static SlaOptions.PolicyOptions ToOptions(PolicyRow row) => new()
    {
        Acknowledge = TimeSpan.FromHours(row.AcknowledgeHours),
        Respond = TimeSpan.FromHours(row.RespondHours),
        Resolve = TimeSpan.FromHours(row.ResolveHours),
        AroundTheClock = row.AroundTheClock,
    };
}
