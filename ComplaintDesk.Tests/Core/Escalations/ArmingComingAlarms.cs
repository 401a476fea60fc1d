using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Core.Escalations;

public sealed class ArmingComingAlarms : EscalationDesk
{
    [Fact]
    public async Task A_sweep_arms_the_alarms_of_the_next_two_minutes_so_a_restart_loses_no_second()
    {
        var soon = await ReceiveAsync();
        var later = await ReceiveAsync(Priority.Low);
        var soonId = await IdOfAsync(soon.Reference);
        var laterId = await IdOfAsync(later.Reference);
        Desk.Alarms.ComplaintChecks.Clear();
        At(Clock(soon, ClockKind.Acknowledge).WarningAt - TimeSpan.FromSeconds(90));

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Equal([(soonId, Clock(soon, ClockKind.Acknowledge).WarningAt)], Desk.Alarms.ComplaintChecks);
        Assert.DoesNotContain(Desk.Alarms.ComplaintChecks, c => c.ComplaintId == laterId);
    }

    [Fact]
    public async Task The_next_sweep_arms_only_what_came_into_its_two_minutes_since()
    {
        var soon = await ReceiveAsync();
        Desk.Alarms.ComplaintChecks.Clear();
        At(Clock(soon, ClockKind.Acknowledge).WarningAt - TimeSpan.FromSeconds(90));
        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Desk.Time.Advance(TimeSpan.FromMinutes(1));
        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Single(Desk.Alarms.ComplaintChecks);
    }
}
