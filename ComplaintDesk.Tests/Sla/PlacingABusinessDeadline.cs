using FsCheck.Xunit;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// Business time accrues only inside working intervals, so a business deadline is never
/// in non-working time; a target that runs out exactly at closing is due at closing.
/// </summary>
public sealed class PlacingABusinessDeadline
{
    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Lies_after_an_opening_and_no_later_than_that_days_closing(DeadlineCase c)
    {
        var deadline = c.BusinessDeadline(c.Calendar.Build(), c.Pauses);

        var day = IndependentWorkingHours.LocalDate(deadline, c.Calendar.Zone);
        var inside = new[] { day, day.AddDays(-1) }
            .Select(d => IndependentWorkingHours.Of(c.Calendar, d))
            .Any(open => open is { } o && o.From < deadline && deadline <= o.To);
        Assert.True(inside, $"Due {c.Local(deadline)}, outside working time. {c}");
    }

    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Is_the_day_by_day_reference_deadline(DeadlineCase c)
    {
        var deadline = c.BusinessDeadline(c.Calendar.Build(), c.Pauses);

        var expected = ReferenceDeadline.Of(c);
        Assert.True(expected == deadline, $"Due {c.Local(deadline)}, expected {c.Local(expected)}. {c}");
    }
}
