using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Closing;

/// <summary>ISO 10002 7.9: a decision the complainant neither accepts, rejects nor answers within 14 days (the default) closes the complaint.</summary>
public class ClosingADecisionLeftUnanswered : IAsyncLifetime
{
    private static readonly TimeSpan _replyTime = TimeSpan.FromDays(14);
    private readonly CoreDesk _desk;

    public ClosingADecisionLeftUnanswered()
        : this(new SqliteDesk())
    {
    }

    protected ClosingADecisionLeftUnanswered(CoreDesk desk) => _desk = desk;

    private INoReplyClosing Closing => _desk.Services.GetRequiredService<INoReplyClosing>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_decision_unanswered_for_14_days_closes_the_complaint_as_no_reply_and_one_a_minute_younger_stays()
    {
        var older = await DecidedAsync();
        _desk.Time.Advance(TimeSpan.FromMinutes(1));
        var younger = await DecidedAsync();
        _desk.Time.Advance(_replyTime - TimeSpan.FromMinutes(1));

        var closed = await Closing.CloseUnansweredAsync(CancellationToken.None);

        Assert.Equal(1, closed);
        var done = await ReadAsync(older);
        Assert.Equal((ComplaintStatus.Closed, ClosingOutcome.NoReply, null, _desk.Time.GetUtcNow()),
            (done.Status, done.Closing.Outcome, done.Closing.Satisfaction, done.Closing.ClosedAt));
        Assert.Equal(_desk.Time.GetUtcNow(), done.Clocks.Single(c => c.Kind == ClockKind.Resolve).StoppedAt);
        var last = done.Timeline[^1];
        Assert.Equal((ComplaintMove.Close, "ComplaintDesk", ComplaintStatus.DecisionCommunicated, ComplaintStatus.Closed),
            (last.Kind, last.Actor, last.FromStatus, last.ToStatus));
        Assert.Equal("Closed: no reply to the decision within 14 days", InEnglish.Word(last.Summary));
        var announced = _desk.Notifier.Changes.Last();
        Assert.Equal((older, done.Version), (announced.Reference, announced.Version));
        Assert.Equal(ComplaintStatus.DecisionCommunicated, (await ReadAsync(younger)).Status);
    }

    [Fact]
    public async Task The_complaint_page_and_the_status_page_say_when_an_unanswered_decision_closes()
    {
        var reference = await DecidedAsync();
        var token = await _desk.Services.GetRequiredService<IStatusPageDesk>().TokenForAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None);
        var closes = _desk.Time.GetUtcNow() + _replyTime;

        Assert.Equal(closes, (await ReadAsync(reference)).Decision.ClosesWithoutReplyAt);
        Assert.Equal(closes, (await ReadStatusAsync(token)).ClosesWithoutReplyAt);
    }

    [Fact]
    public async Task A_complainant_who_wrote_after_the_decision_has_replied_and_is_never_closed_for_want_of_one()
    {
        var reference = await DecidedAsync();
        var token = await _desk.Services.GetRequiredService<IStatusPageDesk>().TokenForAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None);
        _desk.Time.Advance(TimeSpan.FromDays(3));
        await _desk.Workflow.ApplyAsync(reference, Actor.Complainant, null, new ComplainantInformationCommand("I need a week to think."), CancellationToken.None);
        _desk.Time.Advance(TimeSpan.FromDays(30));

        var closed = await Closing.CloseUnansweredAsync(CancellationToken.None);

        Assert.Equal(0, closed);
        var complaint = await ReadAsync(reference);
        Assert.Equal((ComplaintStatus.DecisionCommunicated, null), (complaint.Status, complaint.Decision.ClosesWithoutReplyAt));
        Assert.Null((await ReadStatusAsync(token)).ClosesWithoutReplyAt);
    }

    [Fact]
    public async Task A_second_run_closes_nothing_more_and_a_rejected_decision_is_not_waiting_for_a_reply()
    {
        var unanswered = await DecidedAsync();
        var rejected = await DecidedAsync();
        await _desk.Workflow.ApplyAsync(rejected, Actor.Complainant, null, new RejectDecisionCommand("Not enough."), CancellationToken.None);
        _desk.Time.Advance(_replyTime);
        Assert.Equal(1, await Closing.CloseUnansweredAsync(CancellationToken.None));
        var first = await ReadAsync(unanswered);
        _desk.Time.Advance(TimeSpan.FromDays(1));

        var closed = await Closing.CloseUnansweredAsync(CancellationToken.None);

        Assert.Equal(0, closed);
        Assert.Equal(first.Version, (await ReadAsync(unanswered)).Version);
        Assert.Equal(ComplaintStatus.InInvestigation, (await ReadAsync(rejected)).Status);
    }

    [Fact]
    public async Task The_desk_closing_early_or_after_a_reply_is_refused_and_writes_nothing()
    {
        var early = await DecidedAsync();
        var answered = await DecidedAsync();
        await _desk.Workflow.ApplyAsync(answered, Actor.Complainant, null, new ComplainantInformationCommand("One more thing."), CancellationToken.None);
        _desk.Time.Advance(_replyTime - TimeSpan.FromSeconds(1));
        var close = new CloseForNoReplyCommand(new ClosingOptions());

        await Assert.ThrowsAsync<MoveRefusedException>(() => _desk.Workflow.ApplyAsync(early, Actor.Desk, null, close, CancellationToken.None));
        _desk.Time.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<MoveRefusedException>(() => _desk.Workflow.ApplyAsync(answered, Actor.Desk, null, close, CancellationToken.None));

        foreach (var reference in new[] { early, answered })
        {
            var complaint = await ReadAsync(reference);
            Assert.Equal((ComplaintStatus.DecisionCommunicated, null), (complaint.Status, complaint.Closing.Outcome));
        }
    }

    [Fact]
    public async Task With_no_reply_time_set_the_desk_never_closes_a_complaint_for_want_of_one()
    {
        var desk = new SqliteDesk();
        desk.Configured["Desk:Closing:NoReplyAfterDays"] = "0";
        await desk.InitializeAsync();
        try
        {
            var reference = await PrivacyDesk.ReceivedAsync(desk);
            await DecideAsync(desk, reference);
            desk.Time.Advance(TimeSpan.FromDays(365));

            var closed = await desk.Services.GetRequiredService<INoReplyClosing>().CloseUnansweredAsync(CancellationToken.None);

            Assert.Equal(0, closed);
            var complaint = await desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, desk.Handler, CancellationToken.None);
            Assert.Equal((ComplaintStatus.DecisionCommunicated, null), (complaint.Status, complaint.Decision.ClosesWithoutReplyAt));
        }
        finally
        {
            await desk.DisposeAsync();
        }
    }

    private async Task<string> DecidedAsync()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        await DecideAsync(_desk, reference);
        return reference;
    }

    private static async Task DecideAsync(CoreDesk desk, string reference)
    {
        foreach (var move in new ComplaintCommand[]
        {
            new AcknowledgeCommand(Channel.Email), new AssessCommand(Priority.Medium, "Billing"), new InvestigateCommand(),
            new ProposeResponseCommand(RemedyType.Apology, "We apologise."), new CommunicateDecisionCommand(Channel.Email, "We apologised."),
        })
        {
            await desk.Workflow.ApplyAsync(reference, desk.Handler, null, move, CancellationToken.None);
        }
    }

    private async Task<StatusView> ReadStatusAsync(string token) =>
        (await _desk.Services.GetRequiredService<IStatusPageDesk>().ReadAsync(token, CancellationToken.None))!;

    private Task<ComplaintDetails> ReadAsync(string reference) =>
        _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, _desk.Handler, CancellationToken.None);
}
