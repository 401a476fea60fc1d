using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;

using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Escalations;

public class EscalatingUnhandledBreaches : EscalationDesk
{
    public EscalatingUnhandledBreaches()
    {
    }

    protected EscalatingUnhandledBreaches(CoreDesk desk)
        : base(desk)
    {
    }

    private async Task<(string Reference, Alert Breach)> BreachAsync()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        return (complaint.Reference, Assert.Single(await AlertsAsync()));
    }

    [Fact]
    public async Task A_breach_unacknowledged_for_an_hour_raises_level_2_to_supervisors_and_quality_managers()
    {
        var (reference, breach) = await BreachAsync();
        At(breach.RaisedAt + TimeSpan.FromHours(1));

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        var unhandled = (await AlertsAsync()).Single(a => a.Trigger == AlertTrigger.Unhandled);
        Assert.Equal((2, ClockKind.Acknowledge, DeskRole.QualityManager), (unhandled.Level, unhandled.Clock, unhandled.TargetRole));
        Assert.Equal(2, (await StoredAsync(reference)).EscalationLevel);
    }

    [Fact]
    public async Task Not_before_the_hour_is_up()
    {
        var (_, breach) = await BreachAsync();
        At(breach.RaisedAt + TimeSpan.FromMinutes(59));

        await Desk.Escalations.SweepAsync(CancellationToken.None);
        await Desk.Escalations.CheckUnhandledAsync(breach.Id, CancellationToken.None);

        Assert.Single(await AlertsAsync());
        Assert.Contains((breach.Id, breach.RaisedAt + TimeSpan.FromHours(1)), Desk.Alarms.UnhandledChecks);
    }

    [Fact]
    public async Task Not_a_moment_before_the_hour_is_up_which_gets_a_trigger_of_its_own()
    {
        var (_, breach) = await BreachAsync();
        var due = breach.RaisedAt + TimeSpan.FromHours(1);
        At(due - TimeSpan.FromMilliseconds(900));

        var raised = await Desk.Escalations.CheckUnhandledAsync(breach.Id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, raised);
        Assert.Single(await AlertsAsync());
        Assert.Contains((breach.Id, due), Desk.Alarms.UnhandledChecks);
    }

    [Fact]
    public async Task An_acknowledged_breach_goes_no_higher()
    {
        var (_, breach) = await BreachAsync();
        await Desk.AlertDesk.AcknowledgeAsync(breach.Id, Supervisor, CancellationToken.None);
        At(breach.RaisedAt + TimeSpan.FromHours(2));

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Single(await AlertsAsync());
    }

    [Fact]
    public async Task A_breach_whose_clock_has_since_stopped_goes_no_higher()
    {
        var (reference, breach) = await BreachAsync();
        await ApplyAsync(reference, new AcknowledgeCommand(Channel.Phone));
        At(breach.RaisedAt + TimeSpan.FromHours(2));

        await Desk.Escalations.CheckUnhandledAsync(breach.Id, CancellationToken.None);
        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.DoesNotContain(await AlertsAsync(), a => a.Trigger == AlertTrigger.Unhandled);
    }

    [Fact]
    public async Task A_closed_complaint_raises_nothing_more()
    {
        var (reference, breach) = await BreachAsync();
        await ApplyAsync(reference, new WithdrawCommand("The complainant withdrew by phone."));
        At(breach.RaisedAt + TimeSpan.FromDays(10));

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Single(await AlertsAsync());
        Assert.Empty(Desk.Notifier.Reminders);
    }
}
