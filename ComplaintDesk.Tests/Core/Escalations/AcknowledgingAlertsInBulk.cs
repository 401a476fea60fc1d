using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;

using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Escalations;

/// <summary>Acknowledging many alerts at once answers for each one; what is refused writes nothing.</summary>
public class AcknowledgingAlertsInBulk : TriageDesk
{
    public AcknowledgingAlertsInBulk()
    {
    }

    protected AcknowledgingAlertsInBulk(CoreDesk desk)
        : base(desk)
    {
    }

    private static readonly Actor _colleague = Supervisor with { UserId = "s2", Email = "supervisor2@demo.local" };

    [Fact]
    public async Task Each_alert_gets_its_own_answer_in_the_order_asked()
    {
        var nudge = await AlertIdsOfAsync(await WarnedAsync());
        var first = await AlertIdsOfAsync(await EscalatedAsync());
        var taken = await AlertIdsOfAsync(await EscalatedAsync());
        await Triage.AcknowledgeAllAsync(taken, _colleague, CancellationToken.None);
        var takenAt = Desk.Time.GetUtcNow();
        Later(TimeSpan.FromMinutes(3));

        var answers = await Triage.AcknowledgeAllAsync([first[0], taken[0], nudge[0], 404], Supervisor, CancellationToken.None);

        Assert.Equal(
            [AcknowledgementOutcome.Acknowledged, AcknowledgementOutcome.AlreadyAcknowledged, AcknowledgementOutcome.NotAllowed, AcknowledgementOutcome.NotFound],
            answers.Select(a => a.Outcome));
        Assert.Equal((Supervisor.Email, Desk.Time.GetUtcNow()), (answers[0].AcknowledgedBy, answers[0].AcknowledgedAt));
        Assert.Equal((_colleague.Email, takenAt), (answers[1].AcknowledgedBy, answers[1].AcknowledgedAt));
        Assert.Null(answers[2].AcknowledgedBy);
    }

    [Fact]
    public async Task Only_what_was_done_is_written_and_told()
    {
        var nudge = await AlertIdsOfAsync(await WarnedAsync());
        var first = await AlertIdsOfAsync(await EscalatedAsync());
        var taken = await AlertIdsOfAsync(await EscalatedAsync());
        await Triage.AcknowledgeAllAsync(taken, _colleague, CancellationToken.None);

        await Triage.AcknowledgeAllAsync([.. first, .. taken, .. nudge], Supervisor, CancellationToken.None);

        var stored = (await AlertsAsync()).ToDictionary(a => a.Id);
        Assert.Equal(Supervisor.Email, stored[first[0]].AcknowledgedBy);
        Assert.Equal(_colleague.Email, stored[taken[0]].AcknowledgedBy);
        Assert.Null(stored[nudge[0]].AcknowledgedAt);
        Assert.Equal([taken[0], first[0]], Desk.Notifier.Acknowledged.Select(a => a.Id));
    }

    [Fact]
    public async Task A_group_is_acknowledged_by_naming_its_alerts()
    {
        var reference = await EscalatedAsync(times: 2);
        var group = Assert.Single((await GroupsAsync()).Groups);

        var answers = await Triage.AcknowledgeAllAsync([.. group.Alerts.Select(a => a.Id)], Supervisor, CancellationToken.None);

        Assert.All(answers, a => Assert.Equal((AcknowledgementOutcome.Acknowledged, reference), (a.Outcome, a.ComplaintReference)));
        Assert.Empty((await GroupsAsync()).Groups);
    }

    [Fact]
    public async Task Nothing_or_too_much_at_once_is_refused()
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => Triage.AcknowledgeAllAsync([], Supervisor, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidInputException>(() => Triage.AcknowledgeAllAsync(
            [.. Enumerable.Range(1, AlertTriage.MaxAcknowledgedAtOnce + 1).Select(i => (long)i)], Supervisor, CancellationToken.None));
    }

    // A clock warning on an acknowledged complaint is a nudge for its handler alone, not for supervisors.
    private async Task<string> WarnedAsync()
    {
        var complaint = await ApplyAsync((await ReceiveAsync()).Reference, new AcknowledgeCommand(Channel.Email));
        At(Clock(complaint, ClockKind.Respond).WarningAt);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        return complaint.Reference;
    }
}
