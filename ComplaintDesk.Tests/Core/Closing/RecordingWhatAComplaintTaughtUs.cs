using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Closing;

/// <summary>
/// ISO 10002 8.3 and 8.7: satisfaction is asked once a complaint is closed and recorded once, by the desk or by the
/// complainant on their status page; root cause and corrective action are recorded as they become clear, each time traced.
/// </summary>
public sealed class RecordingWhatAComplaintTaughtUs : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    private IStatusPageDesk StatusPage => _desk.Services.GetRequiredService<IStatusPageDesk>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_handler_records_the_satisfaction_of_a_complaint_closed_without_one_once()
    {
        var reference = await ClosedAsync();

        var rated = await MoveAsync(reference, new RecordSatisfactionCommand(4, "Quick and kind."));

        Assert.Equal((ComplaintStatus.Closed, 4, "Quick and kind."), (rated.Status, rated.Closing.Satisfaction, rated.Closing.SatisfactionComment));
        var recorded = rated.Timeline[^1];
        Assert.Equal((ComplaintMove.RecordSatisfaction, "8.3", "Satisfaction recorded: 4/5", "Quick and kind."),
            (recorded.Kind, recorded.Clause, InEnglish.Word(recorded.Summary), recorded.Text));
        Assert.DoesNotContain(ComplaintMove.RecordSatisfaction, MoveOptions.For(_desk.Handler, rated));

        var again = await Assert.ThrowsAsync<MoveRefusedException>(() => MoveAsync(reference, new RecordSatisfactionCommand(2)));

        Assert.Equal("Satisfaction was already recorded for this complaint (4/5): it is recorded once.", InEnglish.Word(again.Text));
        Assert.Equal(rated.Version, (await ReadAsync(reference)).Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_satisfaction_outside_one_to_five_is_refused_and_writes_nothing(int? satisfaction)
    {
        var reference = await ClosedAsync();
        var before = await ReadAsync(reference);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => MoveAsync(reference, new RecordSatisfactionCommand(satisfaction)));

        Assert.Equal("satisfaction", Assert.Single(refusal.Errors).Key);
        Assert.Equal((before.Version, null), ((await ReadAsync(reference)).Version, (await ReadAsync(reference)).Closing.Satisfaction));
    }

    [Fact]
    public async Task The_complainant_accepts_then_says_how_satisfied_they_are_on_the_status_page_once()
    {
        var reference = await DecidedAsync();
        var token = await StatusPage.TokenForAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None);
        Assert.DoesNotContain(ComplaintMove.RecordSatisfaction, (await ReadStatusAsync(token)).Moves);
        await StatusPage.AcceptAsync(token, CancellationToken.None);
        Assert.Contains(ComplaintMove.RecordSatisfaction, (await ReadStatusAsync(token)).Moves);

        var missing = await Assert.ThrowsAsync<InvalidInputException>(() => StatusPage.RateAsync(token, null, null, CancellationToken.None));
        Assert.Equal("Choose how satisfied you are, from 1 to 5.", InEnglish.Word(Assert.Single(missing.Errors["satisfaction"])));
        await StatusPage.RateAsync(token, 5, "Thank you.", CancellationToken.None);

        var complaint = await ReadAsync(reference);
        Assert.Equal((ClosingOutcome.Accepted, 5, "Thank you."), (complaint.Closing.Outcome, complaint.Closing.Satisfaction, complaint.Closing.SatisfactionComment));
        Assert.Equal((ComplaintMove.RecordSatisfaction, "complainant"), (complaint.Timeline[^1].Kind, complaint.Timeline[^1].Actor));
        var view = await ReadStatusAsync(token);
        Assert.Equal(5, view.Satisfaction);
        Assert.DoesNotContain(ComplaintMove.RecordSatisfaction, view.Moves);
        await Assert.ThrowsAsync<MoveRefusedException>(() => StatusPage.RateAsync(token, 1, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_complaint_merged_into_another_takes_no_satisfaction_of_its_own()
    {
        var twin = await PrivacyDesk.ReceivedAsync(_desk);
        var duplicate = await PrivacyDesk.ReceivedAsync(_desk);
        await MoveAsync(duplicate, new MergeCommand(twin));

        var refusal = await Assert.ThrowsAsync<MoveRefusedException>(() => MoveAsync(duplicate, new RecordSatisfactionCommand(3)));

        Assert.StartsWith("A complaint merged into another has no satisfaction of its own", InEnglish.Word(refusal.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(ComplaintMove.RecordSatisfaction, MoveOptions.For(_desk.Handler, await ReadAsync(duplicate)));
    }

    [Fact]
    public async Task A_root_cause_found_in_investigation_is_refined_after_closing_with_its_corrective_action()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        await MoveAsync(reference, new AcknowledgeCommand(Channel.Email));
        await MoveAsync(reference, new AssessCommand(Priority.Medium, "Billing"));
        await MoveAsync(reference, new InvestigateCommand());
        await MoveAsync(reference, new RecordRootCauseCommand("Courier"));
        await DecideAsync(reference, fromInvestigation: true);
        await MoveAsync(reference, new CloseCommand(ClosingOutcome.Accepted));

        var refined = await MoveAsync(reference, new RecordRootCauseCommand("  Courier leaves parcels outside in the rain ", "CAPA-2026-014"));

        Assert.Equal(("Courier leaves parcels outside in the rain", "CAPA-2026-014"), (refined.Closing.RootCause, refined.Closing.CorrectiveAction));
        var recorded = refined.Timeline.Where(e => e.Kind == ComplaintMove.RecordRootCause).ToList();
        Assert.Equal(
            [("Root cause recorded", "Courier"), ("Root cause recorded; corrective action CAPA-2026-014", "Courier leaves parcels outside in the rain")],
            recorded.Select(e => (InEnglish.Word(e.Summary), e.Text)));
        Assert.All(recorded, e => Assert.Equal("8.7", e.Clause));
    }

    [Fact]
    public async Task A_root_cause_left_blank_or_a_corrective_action_too_long_is_refused_and_writes_nothing()
    {
        var reference = await ClosedAsync();
        var before = await ReadAsync(reference);

        var blank = await Assert.ThrowsAsync<InvalidInputException>(() => MoveAsync(reference, new RecordRootCauseCommand(" ")));
        var tooLong = await Assert.ThrowsAsync<InvalidInputException>(() => MoveAsync(reference, new RecordRootCauseCommand("Courier", new string('x', 201))));

        Assert.Equal("rootCause", Assert.Single(blank.Errors).Key);
        Assert.Equal("correctiveAction", Assert.Single(tooLong.Errors).Key);
        Assert.Equal(before.Version, (await ReadAsync(reference)).Version);
    }

    [Fact]
    public async Task Satisfaction_recorded_after_closing_counts_in_the_months_figures()
    {
        var reference = await ClosedAsync();
        await MoveAsync(reference, new RecordSatisfactionCommand(2));
        var local = TimeZoneInfo.ConvertTime(_desk.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul"));

        var figures = await _desk.Services.GetRequiredService<IMonitoringDesk>()
            .FiguresAsync(MonitoringPeriod.Month(local.Year, local.Month), PrivacyDesk.Quality, CancellationToken.None);

        Assert.Equal((2.0, 1.0), (figures.Total.SatisfactionMean, figures.Total.SatisfactionResponseRate));
    }

    private async Task<string> ClosedAsync()
    {
        var reference = await DecidedAsync();
        await MoveAsync(reference, new CloseCommand(ClosingOutcome.Accepted));
        return reference;
    }

    private async Task<string> DecidedAsync()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        await DecideAsync(reference, fromInvestigation: false);
        return reference;
    }

    private async Task DecideAsync(string reference, bool fromInvestigation)
    {
        var moves = fromInvestigation
            ? Array.Empty<ComplaintCommand>()
            : [new AcknowledgeCommand(Channel.Email), new AssessCommand(Priority.Medium, "Billing"), new InvestigateCommand()];
        foreach (var move in moves.Concat([new ProposeResponseCommand(RemedyType.Apology, "We apologise."), new CommunicateDecisionCommand(Channel.Email, "We apologised.")]))
        {
            await MoveAsync(reference, move);
        }
    }

    private Task<ComplaintDetails> MoveAsync(string reference, ComplaintCommand move) =>
        _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, move, CancellationToken.None);

    private Task<ComplaintDetails> ReadAsync(string reference) =>
        _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, _desk.Handler, CancellationToken.None);

    private async Task<StatusView> ReadStatusAsync(string token) => (await StatusPage.ReadAsync(token, CancellationToken.None))!;
}
