using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Sla;

/// <summary>The SLA settings as configured (<c>Desk:Calendar</c>, <c>Desk:Sla</c>).</summary>
public sealed class ConfiguredSlaSettings(IOptions<CalendarOptions> calendar, IOptions<SlaOptions> sla, DeskTimeZone zone) : ISlaSettings
{
    public BusinessCalendar Calendar { get; } = new(
        zone.Zone, calendar.Value.WorkingDays, calendar.Value.Start, calendar.Value.End, calendar.Value.Holidays);

    public double WarningShare => sla.Value.WarningShare;

    public Priority DefaultPriority => sla.Value.DefaultPriority;

    public SlaPolicy PolicyFor(Priority priority)
    {
        var policy = sla.Value.Policies[priority];
        return new SlaPolicy(policy.Acknowledge, policy.Respond, policy.Resolve, policy.AroundTheClock);
    }
}
