using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Monitoring;

/// <summary>Monitoring agrees with the SLA engine about clocks that wait on the complainant, read from the database.</summary>
public class CountingAPausedClock : IAsyncLifetime
{
    // Monday 1 March 2027, 09:00 in Istanbul.
    private static readonly DateTimeOffset Opening = new(2027, 3, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly MonitoringPeriod March = MonitoringPeriod.Month(2027, 3);
    private static readonly Actor QualityManager = new("q1", "quality@demo.local", new HashSet<DeskRole> { DeskRole.QualityManager });

    private readonly CoreDesk _desk;

    public CountingAPausedClock()
        : this(new SqliteDesk())
    {
    }

    protected CountingAPausedClock(CoreDesk desk) => _desk = desk;

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        _desk.Time.SetUtcNow(Opening);
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_clock_breached_before_the_pause_counts_late_and_one_paused_in_time_is_not_yet_due()
    {
        var breachedFirst = await InvestigatingAsync();
        var pausedInTime = await InvestigatingAsync();
        var respondDeadline = breachedFirst.Clocks.Single(c => c.Kind == ClockKind.Respond).Deadline;
        await PauseAsync(pausedInTime.Reference);
        _desk.Time.SetUtcNow(respondDeadline.AddHours(1));
        var paused = await PauseAsync(breachedFirst.Reference);
        Assert.Equal(ClockState.Breached, paused.Clocks.Single(c => c.Kind == ClockKind.Respond).State);
        _desk.Time.SetUtcNow(respondDeadline.AddDays(10));

        var figures = await _desk.Services.GetRequiredService<MonitoringDesk>().FiguresAsync(March, QualityManager, CancellationToken.None);

        var respond = figures.Total.Clocks.Single(c => c.Kind == ClockKind.Respond);
        Assert.Equal((0, 1), (respond.OnTime, respond.Late));
    }

    [Theory]
    [InlineData(0, null, ClockOutcome.Late)]
    [InlineData(-1, null, ClockOutcome.NotYetDue)]
    [InlineData(5, 1, ClockOutcome.Late)]
    [InlineData(5, -1, ClockOutcome.NotYetDue)]
    public void A_running_clock_is_late_from_its_deadline_unless_a_pause_began_before_it(int asOfMinutes, int? pausedMinutes, ClockOutcome expected)
    {
        var clock = new MonitoredClock(ClockKind.Respond, Opening, null, TimeSpan.Zero);

        Assert.Equal(expected, clock.OutcomeAt(Opening.AddMinutes(asOfMinutes), pausedMinutes is { } m ? Opening.AddMinutes(m) : null));
    }

    [Fact]
    public void A_clock_stopped_exactly_at_its_deadline_is_on_time()
    {
        Assert.Equal(ClockOutcome.OnTime, new MonitoredClock(ClockKind.Respond, Opening, Opening, TimeSpan.Zero).OutcomeAt(Opening.AddDays(1), null));
    }

    private async Task<ComplaintDetails> InvestigatingAsync()
    {
        var complaint = await _desk.Workflow.ReceiveAsync(
            NewComplaints.ByEmail(category: "Billing", priority: Priority.Medium),
            _desk.Handler, CancellationToken.None);
        await MoveAsync(complaint.Reference, new AcknowledgeCommand(Channel.Email));
        await MoveAsync(complaint.Reference, new AssessCommand(Priority.Medium, "Billing"));
        return await MoveAsync(complaint.Reference, new InvestigateCommand());
    }

    private Task<ComplaintDetails> PauseAsync(string reference) => MoveAsync(reference, new AwaitComplainantCommand("Which invoice was it?"));

    private Task<ComplaintDetails> MoveAsync(string reference, ComplaintCommand command) =>
        _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, command, CancellationToken.None);
}
