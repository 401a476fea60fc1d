using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;

using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Core.Escalations;

public class RaisingAlertsFromClocks : EscalationDesk
{
    public RaisingAlertsFromClocks()
    {
    }

    protected RaisingAlertsFromClocks(CoreDesk desk)
        : base(desk)
    {
    }

    [Fact]
    public async Task A_warning_on_an_assigned_complaint_nudges_its_assignee_at_level_0()
    {
        var complaint = await ApplyAsync((await ReceiveAsync()).Reference, new AcknowledgeCommand(Channel.Email));
        At(Clock(complaint, ClockKind.Respond).WarningAt);

        var raised = await Desk.Escalations.CheckComplaintAsync(await IdOfAsync(complaint.Reference), CancellationToken.None);

        Assert.Equal(1, raised);
        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((AlertTrigger.Warning, 0, ClockKind.Respond), (alert.Trigger, alert.Level, alert.Clock));
        Assert.Equal((DeskRole.Handler, "handler@demo.local"), (alert.TargetRole, alert.TargetEmail));
        Assert.Equal(0, (await StoredAsync(complaint.Reference)).EscalationLevel);
    }

    [Fact]
    public async Task A_warning_on_an_unassigned_complaint_goes_to_the_supervisors()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).WarningAt);

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((AlertTrigger.Warning, 0, DeskRole.Supervisor, (string?)null), (alert.Trigger, alert.Level, alert.TargetRole, alert.TargetEmail));
    }

    [Fact]
    public async Task A_breach_raises_level_1_to_supervisors_records_it_on_the_timeline_and_announces_it()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((AlertTrigger.Breach, 1, ClockKind.Acknowledge, DeskRole.Supervisor), (alert.Trigger, alert.Level, alert.Clock, alert.TargetRole));
        Assert.Equal(Clock(complaint, ClockKind.Acknowledge).Deadline, alert.RaisedAt);
        var stored = await StoredAsync(complaint.Reference);
        Assert.Equal(1, stored.EscalationLevel);
        var recorded = stored.Timeline.Single(e => e.Move == ComplaintMove.RaiseAlert);
        Assert.Equal(("Annex H", "ComplaintDesk"), (recorded.Clause, recorded.ActorEmail));
        Assert.Equal("The Acknowledge (7.4) clock passed its deadline: level 1 alert to supervisors", InEnglish.Word(recorded.What));
        Assert.Equal(alert.Id, Assert.Single(Desk.Notifier.Raised).Id);
        Assert.Contains(Desk.Notifier.Changes, c => c.Reference == complaint.Reference && c.EscalationLevel == 1);
        Assert.Contains((alert.Id, alert.RaisedAt + TimeSpan.FromHours(1)), Desk.Alarms.UnhandledChecks);
    }

    [Fact]
    public async Task A_critical_breach_raises_level_2_at_once_as_one_alert_to_supervisors_and_quality_managers()
    {
        var complaint = await ReceiveAsync(Priority.Critical);
        At(Clock(complaint, ClockKind.Acknowledge).Deadline + TimeSpan.FromSeconds(1));

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((AlertTrigger.Breach, 2, DeskRole.QualityManager), (alert.Trigger, alert.Level, alert.TargetRole));
        Assert.Equal([DeskRole.Supervisor, DeskRole.QualityManager], AlertAudience.RolesOf(alert.TargetRole));
        Assert.Empty(Desk.Alarms.UnhandledChecks);
    }

    [Fact]
    public async Task A_check_that_finds_a_breach_whose_warning_never_fired_raises_only_the_breach()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).Deadline + TimeSpan.FromMinutes(5));

        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Equal([AlertTrigger.Breach], (await AlertsAsync()).Select(a => a.Trigger));
    }

    [Fact]
    public async Task Nothing_is_raised_before_the_warning()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).WarningAt - TimeSpan.FromSeconds(3));

        var swept = await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Equal(0, swept.AlertsRaised);
        Assert.Empty(await AlertsAsync());
    }

    [Fact]
    public async Task A_check_a_moment_before_the_warning_raises_nothing_and_waits_for_nothing()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).WarningAt - TimeSpan.FromMilliseconds(900));

        // Completes without the clock moving: holding back an early trigger is the jobs adapter's part.
        var raised = await Desk.Escalations.CheckComplaintAsync(await IdOfAsync(complaint.Reference), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, raised);
        Assert.Empty(await AlertsAsync());
    }

    [Fact]
    public async Task A_clock_stopped_before_its_deadline_raises_nothing_when_the_deadline_passes()
    {
        var received = await ReceiveAsync();
        var acknowledged = await ApplyAsync(received.Reference, new AcknowledgeCommand(Channel.Email));
        At(Clock(received, ClockKind.Acknowledge).Deadline + TimeSpan.FromMinutes(1));

        await Desk.Escalations.SweepAsync(CancellationToken.None);
        await Desk.Escalations.CheckComplaintAsync(await IdOfAsync(received.Reference), CancellationToken.None);

        Assert.DoesNotContain(await AlertsAsync(), a => a.Clock == ClockKind.Acknowledge);
        Assert.True(Clock(acknowledged, ClockKind.Respond).WarningAt > Desk.Time.GetUtcNow());
    }

    [Fact]
    public async Task A_paused_complaint_raises_nothing_while_it_waits_for_the_complainant()
    {
        var reference = (await ReceiveAsync()).Reference;
        await ApplyAsync(reference, new AcknowledgeCommand(Channel.Email));
        await ApplyAsync(reference, new AssessCommand(Priority.Medium, "Billing"));
        await ApplyAsync(reference, new InvestigateCommand());
        var paused = await ApplyAsync(reference, new AwaitComplainantCommand("Which invoice?"));
        At(Clock(paused, ClockKind.Respond).Deadline + TimeSpan.FromDays(3));

        await Desk.Escalations.SweepAsync(CancellationToken.None);
        await Desk.Escalations.CheckComplaintAsync(await IdOfAsync(reference), CancellationToken.None);

        Assert.Empty(await AlertsAsync());
    }

    [Fact]
    public async Task Receiving_sets_a_trigger_at_the_first_warning_and_raising_it_sets_the_next_at_the_deadline()
    {
        var complaint = await ReceiveAsync();
        var id = await IdOfAsync(complaint.Reference);
        var acknowledge = Clock(complaint, ClockKind.Acknowledge);
        Assert.Equal((id, acknowledge.WarningAt), Assert.Single(Desk.Alarms.ComplaintChecks));

        At(acknowledge.WarningAt);
        await Desk.Escalations.CheckComplaintAsync(id, CancellationToken.None);

        Assert.Equal((id, acknowledge.Deadline), Desk.Alarms.ComplaintChecks.Last());
    }
}
