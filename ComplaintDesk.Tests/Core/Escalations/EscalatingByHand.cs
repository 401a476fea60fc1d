using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Tests.Core.Escalations;

public sealed class EscalatingByHand : EscalationDesk
{
    private async Task<string> DecidedAsync()
    {
        var reference = (await ReceiveAsync()).Reference;
        await ApplyAsync(reference, new AcknowledgeCommand(Channel.Email));
        await ApplyAsync(reference, new AssessCommand(Priority.Medium, "Billing"));
        await ApplyAsync(reference, new InvestigateCommand());
        await ApplyAsync(reference, new ProposeResponseCommand(RemedyType.Refund, "We refund the second charge."));
        await ApplyAsync(reference, new CommunicateDecisionCommand(Channel.Email, "We refunded the second charge."));
        return reference;
    }

    [Fact]
    public async Task A_handler_escalating_with_a_reason_raises_a_manual_alert_at_the_new_level()
    {
        var reference = (await ReceiveAsync()).Reference;

        await ApplyAsync(reference, new EscalateCommand("The complainant threatens legal action."));

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((AlertTrigger.Manual, 1, DeskRole.Supervisor), (alert.Trigger, alert.Level, alert.TargetRole));
        Assert.Equal("The complainant threatens legal action.", alert.Reason);
        Assert.Equal(alert.Id, Assert.Single(Desk.Notifier.Raised).Id);
    }

    [Fact]
    public async Task Escalating_again_reaches_quality_managers_at_level_2()
    {
        var reference = (await ReceiveAsync()).Reference;
        await ApplyAsync(reference, new EscalateCommand("Legal threat."));

        await ApplyAsync(reference, new EscalateCommand("Media involved."), Supervisor);

        var second = (await AlertsAsync())[^1];
        Assert.Equal((2, DeskRole.QualityManager), (second.Level, second.TargetRole));
    }

    [Fact]
    public async Task Level_3_goes_to_supervisors_and_quality_managers_and_no_handler()
    {
        var reference = (await ReceiveAsync()).Reference;
        await ApplyAsync(reference, new EscalateCommand("Legal threat."));
        await ApplyAsync(reference, new EscalateCommand("Media involved."), Supervisor);

        await ApplyAsync(reference, new EscalateCommand("Going to the ombudsman."), Supervisor);

        var top = (await AlertsAsync())[^1];
        Assert.Equal((3, DeskRole.QualityManager, (string?)null), (top.Level, top.TargetRole, top.TargetEmail));
        Assert.True(AlertAudience.Includes(Supervisor, top.TargetRole, top.TargetEmail));
        Assert.True(AlertAudience.Includes(QualityManager, top.TargetRole, top.TargetEmail));
        Assert.False(AlertAudience.Includes(Handler, top.TargetRole, top.TargetEmail));
    }

    [Fact]
    public async Task A_rejected_decision_raises_the_complaint_one_level_and_alerts_that_level()
    {
        var reference = await DecidedAsync();

        await ApplyAsync(reference, new RejectDecisionCommand("The refund is not enough."));

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((AlertTrigger.Rejected, 1, DeskRole.Supervisor), (alert.Trigger, alert.Level, alert.TargetRole));
        Assert.Equal("The refund is not enough.", alert.Reason);
        Assert.Equal(1, (await StoredAsync(reference)).EscalationLevel);
    }

    [Fact]
    public async Task A_refused_escalation_raises_nothing()
    {
        var reference = (await ReceiveAsync()).Reference;

        await Assert.ThrowsAsync<InvalidInputException>(() => ApplyAsync(reference, new EscalateCommand("  ")));

        Assert.Empty(await AlertsAsync());
        Assert.Empty(Desk.Notifier.Raised);
    }
}
