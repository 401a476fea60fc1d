using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A change of calendar applies to open complaints and never rewrites the clocks of a closed one.</summary>
public sealed class KeepingFinishedClocks : IAsyncLifetime
{
    // Monday 4 January 2027, 10:00 in Istanbul.
    private static readonly DateTimeOffset MondayMorning = new(2027, 1, 4, 7, 0, 0, TimeSpan.Zero);
    private static readonly Actor Administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });

    private readonly SqliteDesk _desk = new();

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        _desk.Time.SetUtcNow(MondayMorning);
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Making_the_day_it_was_worked_a_holiday_leaves_a_closed_complaints_clocks_as_they_were()
    {
        var reference = await ClosedWithAPauseAsync();
        var before = await ReadAsync(reference);
        Assert.Equal(TimeSpan.FromHours(2), before.Clocks.Single(c => c.Kind == ClockKind.Resolve).PausedFor);
        var calendar = _desk.Settings.CalendarOptions;

        await _desk.Settings.ChangeAsync(
            new CalendarOptions { WorkingDays = calendar.WorkingDays, Start = calendar.Start, End = calendar.End, Holidays = [new DateOnly(2027, 1, 4)] },
            _desk.Settings.SlaOptions, Administrator, CancellationToken.None);
        _desk.Time.Advance(TimeSpan.FromDays(3));

        var after = await ReadAsync(reference);
        Assert.Equal(
            before.Clocks.Select(c => (c.Kind, c.Deadline, c.WarningAt, c.State, c.PausedFor, c.Elapsed, c.StoppedAt)),
            after.Clocks.Select(c => (c.Kind, c.Deadline, c.WarningAt, c.State, c.PausedFor, c.Elapsed, c.StoppedAt)));
    }

    private async Task<string> ClosedWithAPauseAsync()
    {
        var reference = (await _desk.Workflow.ReceiveAsync(
            NewComplaints.ByEmail(category: "Billing"),
            _desk.Handler, CancellationToken.None)).Reference;
        await MoveAsync(reference, new AcknowledgeCommand(Channel.Email));
        await MoveAsync(reference, new AssessCommand(Priority.Medium, "Billing"));
        await MoveAsync(reference, new InvestigateCommand());
        await MoveAsync(reference, new AwaitComplainantCommand("Which invoice was it?"));
        _desk.Time.Advance(TimeSpan.FromHours(2));
        await MoveAsync(reference, new ResumeCommand());
        await MoveAsync(reference, new ProposeResponseCommand(RemedyType.Apology, "We apologise."));
        await MoveAsync(reference, new CommunicateDecisionCommand(Channel.Email, "We apologised."));
        _desk.Time.Advance(TimeSpan.FromHours(1));
        await MoveAsync(reference, new CloseCommand(ClosingOutcome.Accepted, 4, null, null));
        return reference;
    }

    private Task<ComplaintDetails> MoveAsync(string reference, ComplaintCommand command) =>
        _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, command, CancellationToken.None);

    private Task<ComplaintDetails> ReadAsync(string reference) =>
        _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, _desk.Handler, CancellationToken.None);
}
