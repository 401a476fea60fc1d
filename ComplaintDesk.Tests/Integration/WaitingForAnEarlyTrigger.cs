using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core.Escalations;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Core's checks are exact; the jobs adapter holds back a Hangfire trigger that fires a moment early.</summary>
public sealed class WaitingForAnEarlyTrigger : EscalationDesk
{
    [Fact]
    public async Task A_check_fired_before_its_instant_waits_for_it_and_raises_on_time()
    {
        var complaint = await ReceiveAsync();
        var warningAt = Clock(complaint, ClockKind.Acknowledge).WarningAt;
        At(warningAt - TimeSpan.FromMilliseconds(900));

        var check = new SlaCheckJob(Desk.Escalations, Desk.Time).RunAsync(await IdOfAsync(complaint.Reference), warningAt, CancellationToken.None);
        Assert.False(check.IsCompleted);
        Desk.Time.Advance(TimeSpan.FromMilliseconds(900));

        await check.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(warningAt, Assert.Single(await AlertsAsync()).RaisedAt);
    }

    [Fact]
    public async Task An_unhandled_check_fired_before_its_instant_waits_for_it_and_raises_level_2_on_time()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        var breach = Assert.Single(await AlertsAsync());
        var due = breach.RaisedAt + TimeSpan.FromHours(1);
        At(due - TimeSpan.FromMilliseconds(900));

        var check = new UnhandledCheckJob(Desk.Escalations, Desk.Time).RunAsync(breach.Id, due, CancellationToken.None);
        Assert.False(check.IsCompleted);
        Desk.Time.Advance(TimeSpan.FromMilliseconds(900));

        await check.WaitAsync(TimeSpan.FromSeconds(30));
        var unhandled = (await AlertsAsync()).Single(a => a.Trigger == AlertTrigger.Unhandled);
        Assert.Equal(due, unhandled.RaisedAt);
    }

    [Fact]
    public async Task A_trigger_more_than_two_seconds_ahead_does_not_wait_and_raises_nothing_early()
    {
        var complaint = await ReceiveAsync();
        var warningAt = Clock(complaint, ClockKind.Acknowledge).WarningAt;
        At(warningAt - TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(1));

        // Completes without the clock moving: nothing waited.
        await new SlaCheckJob(Desk.Escalations, Desk.Time)
            .RunAsync(await IdOfAsync(complaint.Reference), warningAt, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await AlertsAsync());
    }

    [Fact]
    public void The_scheduler_hands_each_check_the_instant_it_was_set_for()
    {
        var jobs = new ScheduledJobs();
        var at = MondayOpening + TimeSpan.FromMinutes(5);
        var scheduler = new HangfireAlarmScheduler(jobs, Desk.Time);

        scheduler.CheckComplaintAt(7, at);
        scheduler.CheckUnhandledAt(9, at);

        Assert.Equal(
            [(typeof(SlaCheckJob), 7L, at), (typeof(UnhandledCheckJob), 9L, at)],
            jobs.Created.Select(j => (j.Type, (long)j.Args[0], (DateTimeOffset)j.Args[1])));
    }

    private sealed class ScheduledJobs : IBackgroundJobClient
    {
        public List<Job> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add(job);
            return $"job-{Created.Count}";
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }
}
