using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;

using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Escalations;

public class RaisingEachEscalationOnce : EscalationDesk
{
    public RaisingEachEscalationOnce()
    {
    }

    protected RaisingEachEscalationOnce(CoreDesk desk)
        : base(desk)
    {
    }

    [Fact]
    public async Task Running_the_checks_again_and_again_raises_nothing_twice()
    {
        var complaint = await ReceiveAsync();
        var id = await IdOfAsync(complaint.Reference);
        At(Clock(complaint, ClockKind.Acknowledge).WarningAt);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        await Desk.Escalations.CheckComplaintAsync(id, CancellationToken.None);
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);

        for (var run = 0; run < 3; run++)
        {
            await Desk.Escalations.SweepAsync(CancellationToken.None);
            await Desk.Escalations.CheckComplaintAsync(id, CancellationToken.None);
        }

        var alerts = await AlertsAsync();
        Assert.Equal(2, alerts.Count);
        Assert.Equal(alerts.Count, alerts.Select(a => a.Key).Distinct().Count());
        Assert.Equal(2, Desk.Notifier.Raised.Count);
    }

    [Fact]
    public async Task Checks_running_at_the_same_moment_raise_one_alert_between_them()
    {
        var complaint = await ReceiveAsync();
        var id = await IdOfAsync(complaint.Reference);
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);

        var raised = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(
            () => Desk.Escalations.CheckComplaintAsync(id, CancellationToken.None))));

        Assert.Equal(1, raised.Sum());
        Assert.Single(await AlertsAsync());
        Assert.Single(Desk.Notifier.Raised);
    }

    [Fact]
    public async Task An_unhandled_breach_is_raised_once_however_often_it_is_checked()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        var breach = Assert.Single(await AlertsAsync());
        At(breach.RaisedAt + TimeSpan.FromHours(1));

        await Desk.Escalations.CheckUnhandledAsync(breach.Id, CancellationToken.None);
        await Desk.Escalations.CheckUnhandledAsync(breach.Id, CancellationToken.None);
        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Equal(2, (await AlertsAsync()).Count);
    }

    [Fact]
    public async Task The_database_refuses_a_second_alert_with_the_same_key()
    {
        var reference = (await ReceiveAsync()).Reference;
        await ApplyAsync(reference, new EscalateCommand("Legal threat."));
        var first = Assert.Single(await AlertsAsync());
        var complaint = await StoredAsync(reference);

        await using var db = Desk.NewContext();
        db.Alerts.Add(complaint.AlertForLevelChange(first.Trigger, "Raised again by a racing check.", first.RaisedAt));

        // The same complaint version gives the same key: the unique index, not the checks' timing, keeps it to one.
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Single(await AlertsAsync());
    }
}
