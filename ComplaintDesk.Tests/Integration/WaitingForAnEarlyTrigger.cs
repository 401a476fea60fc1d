using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Persistence;
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
    public async Task A_trigger_further_ahead_than_the_tolerance_does_not_wait_and_raises_nothing_early()
    {
        var complaint = await ReceiveAsync();
        var warningAt = Clock(complaint, ClockKind.Acknowledge).WarningAt;
        At(warningAt - EarlyTriggers.Tolerance - TimeSpan.FromMilliseconds(1));

        // Completes without the clock moving: nothing waited.
        await new SlaCheckJob(Desk.Escalations, Desk.Time)
            .RunAsync(await IdOfAsync(complaint.Reference), warningAt, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await AlertsAsync());
    }

    [Theory]
    [InlineData(DeskDatabaseProvider.Sqlite, 0)]
    [InlineData(DeskDatabaseProvider.Postgres, 1500)]
    public void The_scheduler_hands_each_check_the_instant_it_was_set_for_and_sets_it_off_by_the_storages_lead(
        DeskDatabaseProvider provider, int leadMilliseconds)
    {
        var jobs = new ScheduledJobs();
        var at = MondayOpening + TimeSpan.FromMinutes(5);
        var scheduler = new HangfireAlarmScheduler(jobs, Desk.Time, new DeskDatabaseSource(provider, "unused"));

        var delay = at - TimeSpan.FromMilliseconds(leadMilliseconds) - Desk.Time.GetUtcNow();
        var before = TimeProvider.System.GetUtcNow().UtcDateTime;

        scheduler.CheckComplaintAt(7, at);
        scheduler.CheckUnhandledAt(9, at);

        var after = TimeProvider.System.GetUtcNow().UtcDateTime;
        Assert.Equal(
            [(typeof(SlaCheckJob), 7L, at), (typeof(UnhandledCheckJob), 9L, at)],
            jobs.Created.Select(j => (j.Type, (long)j.Args[0], (DateTimeOffset)j.Args[1])));
        // Hangfire adds a delay to its own clock: the job is due that long after the moment it was scheduled.
        Assert.All(jobs.States, state => Assert.InRange(Assert.IsType<ScheduledState>(state).EnqueueAt, before + delay, after + delay));
    }

    [Fact]
    public async Task A_check_set_off_early_on_purpose_and_rounded_down_a_second_still_waits_for_its_instant()
    {
        var complaint = await ReceiveAsync();
        var warningAt = Clock(complaint, ClockKind.Acknowledge).WarningAt;
        var early = DeskJobStorage.AlarmLead(new DeskDatabaseSource(DeskDatabaseProvider.Postgres, "unused")) + TimeSpan.FromSeconds(1);
        At(warningAt - early);

        var check = new SlaCheckJob(Desk.Escalations, Desk.Time).RunAsync(await IdOfAsync(complaint.Reference), warningAt, CancellationToken.None);
        Assert.False(check.IsCompleted);
        Desk.Time.Advance(early);

        await check.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(warningAt, Assert.Single(await AlertsAsync()).RaisedAt);
    }

    private sealed class ScheduledJobs : IBackgroundJobClient
    {
        public List<Job> Created { get; } = [];

        public List<IState> States { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add(job);
            States.Add(state);
            return $"job-{Created.Count}";
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }
}
