using FsCheck.Xunit;

namespace ComplaintDesk.Tests.Sla;

/// <summary>Paused time never accrues, so a pause can only push a deadline later, never into itself.</summary>
public sealed class PausingAClock
{
    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Never_gives_an_earlier_deadline_than_without_the_pauses(DeadlineCase c)
    {
        var calendar = c.Calendar.Build();

        var paused = c.BusinessDeadline(calendar, c.Pauses);
        var unpaused = c.BusinessDeadline(calendar, []);

        Assert.True(paused >= unpaused, $"Due {c.Local(paused)} with pauses, {c.Local(unpaused)} without. {c}");
    }

    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Is_never_due_strictly_inside_a_pause(DeadlineCase c)
    {
        var deadline = c.BusinessDeadline(c.Calendar.Build(), c.Pauses);

        Assert.DoesNotContain(c.Pauses, p => p.From < deadline && deadline < p.To);
    }
}
