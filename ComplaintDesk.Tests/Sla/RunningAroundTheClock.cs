using ComplaintDesk.Core.Sla;
using FsCheck.Xunit;

namespace ComplaintDesk.Tests.Sla;

/// <summary>An around-the-clock clock accrues all elapsed time, whatever the calendar says.</summary>
public sealed class RunningAroundTheClock
{
    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Without_pauses_is_due_exactly_the_target_after_receipt(DeadlineCase c)
    {
        var deadline = BusinessTime.Deadline(c.Calendar.Build(), aroundTheClock: true, c.ReceivedAt, c.Target, []);

        Assert.Equal(c.ReceivedAt + c.Target, deadline);
    }

    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void With_pauses_is_due_later_by_exactly_the_time_paused_before_the_deadline(DeadlineCase c)
    {
        var deadline = BusinessTime.Deadline(c.Calendar.Build(), aroundTheClock: true, c.ReceivedAt, c.Target, c.Pauses);

        var pausedBefore = c.Pauses.Aggregate(TimeSpan.Zero, (sum, p) => sum + new Interval(p.From, p.To < deadline ? p.To : deadline).Length);
        Assert.Equal(c.ReceivedAt + c.Target + pausedBefore, deadline);
    }
}
