using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Sla;

/// <summary>The calendar and policies as one consistent value: swapped whole, so no reader ever sees half a change.</summary>
internal sealed record SlaSnapshot(BusinessCalendar Calendar, CalendarOptions CalendarOptions, SlaOptions Sla) : ISlaSettings
{
    public double WarningShare => Sla.WarningShare;

    public Priority DefaultPriority => Sla.DefaultPriority;

    /// <param name="calendar">A calendar that names its zone (see <see cref="ConfiguredSlaSettings.WithZone"/>).</param>
    public static SlaSnapshot Of(CalendarOptions calendar, SlaOptions sla)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone!);
        return new(new BusinessCalendar(zone, calendar.WorkingDays, calendar.Start, calendar.End, calendar.Holidays), calendar, sla);
    }

    public SlaPolicy PolicyFor(Priority priority, string? category)
    {
        var policy = category is not null &&
            Sla.CategoryPolicies.TryGetValue(category, out var overrides) &&
            overrides.TryGetValue(priority, out var overridden)
                ? overridden
                : Sla.Policies[priority];
        return new SlaPolicy(policy.Acknowledge, policy.Respond, policy.Resolve, policy.AroundTheClock);
    }
}
