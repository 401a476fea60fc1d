namespace ComplaintDesk.Core.Sla;

/// <summary>The targets for one priority (or a category's override), and whether they run around the clock.</summary>
public sealed record SlaPolicy(TimeSpan Acknowledge, TimeSpan Respond, TimeSpan Resolve, bool AroundTheClock)
{
    public TimeSpan TargetFor(ClockKind kind) => kind switch
    {
        ClockKind.Acknowledge => Acknowledge,
        ClockKind.Respond => Respond,
        _ => Resolve,
    };
}
