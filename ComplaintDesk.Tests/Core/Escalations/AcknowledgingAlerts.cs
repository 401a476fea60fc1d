using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;

using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Core.Escalations;

public class AcknowledgingAlerts : EscalationDesk
{
    public AcknowledgingAlerts()
    {
    }

    protected AcknowledgingAlerts(CoreDesk desk)
        : base(desk)
    {
    }

    private async Task<Alert> BreachAsync(Priority priority = Priority.Medium)
    {
        var complaint = await ReceiveAsync(priority);
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        return (await AlertsAsync())[^1];
    }

    [Fact]
    public async Task Each_person_sees_the_open_alerts_raised_for_them()
    {
        var complaint = await ApplyAsync((await ReceiveAsync()).Reference, new AcknowledgeCommand(Channel.Email));
        At(Clock(complaint, ClockKind.Respond).WarningAt);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        var critical = await BreachAsync(Priority.Critical);

        var handlers = await Desk.AlertDesk.ListAsync(Handler, openOnly: true, CancellationToken.None);
        var supervisors = await Desk.AlertDesk.ListAsync(Supervisor, openOnly: true, CancellationToken.None);
        var quality = await Desk.AlertDesk.ListAsync(QualityManager, openOnly: true, CancellationToken.None);

        Assert.Equal([AlertTrigger.Warning], handlers.Select(r => r.Alert.Trigger));
        Assert.Equal([critical.Id], quality.Select(r => r.Alert.Id));
        Assert.Equal(critical.Id, supervisors[0].Alert.Id);
        Assert.DoesNotContain(supervisors, r => r.Alert.TargetRole == DeskRole.Handler);
        Assert.Equal(1, await Desk.AlertDesk.CountOpenAsync(QualityManager, CancellationToken.None));
    }

    [Fact]
    public async Task Acknowledging_records_who_and_when_and_tells_the_audience()
    {
        var breach = await BreachAsync();
        var at = Desk.Time.GetUtcNow();

        var acknowledged = await Desk.AlertDesk.AcknowledgeAsync(breach.Id, Supervisor, CancellationToken.None);

        Assert.Equal((at, "supervisor@demo.local"), (acknowledged.AcknowledgedAt, acknowledged.AcknowledgedBy));
        Assert.Equal(acknowledged, Assert.Single(Desk.Notifier.Acknowledged));
        Assert.Empty(await Desk.AlertDesk.ListAsync(Supervisor, openOnly: true, CancellationToken.None));
        Assert.Single(await Desk.AlertDesk.ListAsync(Supervisor, openOnly: false, CancellationToken.None));
    }

    [Fact]
    public async Task Someone_the_alert_is_not_for_cannot_acknowledge_it_and_nothing_changes()
    {
        var breach = await BreachAsync();

        await Assert.ThrowsAsync<NotPermittedException>(() => Desk.AlertDesk.AcknowledgeAsync(breach.Id, Handler, CancellationToken.None));

        Assert.Null((await AlertsAsync())[0].AcknowledgedAt);
    }

    [Fact]
    public async Task A_second_acknowledgement_is_refused_with_who_did_it()
    {
        var breach = await BreachAsync();
        await Desk.AlertDesk.AcknowledgeAsync(breach.Id, Supervisor, CancellationToken.None);
        var colleague = Supervisor with { UserId = "s2", Email = "supervisor2@demo.local" };

        var refusal = await Assert.ThrowsAsync<MoveRefusedException>(() => Desk.AlertDesk.AcknowledgeAsync(breach.Id, colleague, CancellationToken.None));

        Assert.Contains("supervisor@demo.local", InEnglish.Word(refusal), StringComparison.Ordinal);
        Assert.Equal("supervisor@demo.local", (await AlertsAsync())[0].AcknowledgedBy);
    }

    [Fact]
    public async Task An_unknown_alert_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Desk.AlertDesk.AcknowledgeAsync(404, Supervisor, CancellationToken.None));
    }
}
