using System.Text.Json;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Postgres;
using ComplaintDesk.Tests.Processes;
using ComplaintDesk.Tests.Redis;
using ComplaintDesk.Web.Hubs;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ComplaintDesk.Tests.Failover.RealTimeWait;

namespace ComplaintDesk.Tests.Failover;

/// <summary>
/// Node A, a process of its own, is killed by its process id; node B, on the same PostgreSQL database and Redis,
/// carries on with what A left in the shared job store: the alarms A scheduled and the minute sweep.
/// </summary>
public sealed class CarryingOnWhenANodeIsKilled : IAsyncLifetime
{
    private string _database = "";
    private DeskWebProcess _a = default!;
    private LiveDesk _b = default!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateEmptyAsync();
        var desk = new FailoverDesk(_database, TestRedis.Server);
        _a = await desk.StartNodeAsync();
        _b = new LiveDesk(new RealClockDeskNode(desk));
        await _b.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        _a.Dispose();
        await TestPostgres.DropAsync(_database);
    }

    [Fact]
    public async Task An_alarm_scheduled_through_the_killed_node_breaches_on_the_other_and_its_supervisor_hears_it_once()
    {
        using var toA = new HttpClient { BaseAddress = _a.BaseAddress };
        var handlerOnA = await DeskApi.SignInAsync(toA, "handler@demo.local");
        var handlerOnB = await DeskApi.SignInAsync(_b.App, "handler@demo.local");
        await using var supervisorOnB = await _b.ListenAsync(
            await DeskApi.SignInAsync(_b.App, "supervisor@demo.local"), nameof(IDeskClient.ComplaintChanged), nameof(IDeskClient.AlertRaised));
        var reference = (await handlerOnA.ReceiveAsync(DeskApi.NewComplaintBody(priority: "Critical")))["reference"]!.GetValue<string>();
        var alarm = Assert.Single(ScheduledChecksOf(await IdOfAsync(reference)));

        await _a.KillAsync();

        // Still waiting in PostgreSQL when A died: whatever runs it now is B.
        Assert.Equal(ScheduledState.StateName, StateOf(alarm));
        Assert.Equal(SucceededState.StateName, await UntilAsync(() => StateOf(alarm), Finished));
        await supervisorOnB.NextAsync(nameof(IDeskClient.AlertRaised), m => IsBreachOf(m, reference));
        // A duplicate would follow right behind the first: a later message on the same connection proves none is coming.
        var marker = (await handlerOnB.ReceiveAsync())["reference"]!.GetValue<string>();
        await supervisorOnB.NextAsync(nameof(IDeskClient.ComplaintChanged), m => m.GetProperty("reference").GetString() == marker);
        Assert.Single(supervisorOnB.Seen, m => m.Method == nameof(IDeskClient.AlertRaised) && IsBreachOf(m.Message, reference));
    }

    [Fact]
    public async Task The_minute_sweep_keeps_running_on_the_node_left()
    {
        await _a.KillAsync();
        var lastBeforeTheKill = LastSweep();

        var next = await UntilAsync(LastSweep, sweep => sweep != lastBeforeTheKill);

        Assert.Equal(SucceededState.StateName, await UntilAsync(() => StateOf(next!), Finished));
    }

    private static bool Finished(string? state) => state == SucceededState.StateName || state == FailedState.StateName;

    private static bool IsBreachOf(JsonElement alert, string reference) =>
        alert.GetProperty("complaintReference").GetString() == reference && alert.GetProperty("trigger").GetString() == "Breach";

    private JobStorage Jobs => _b.App.Services.GetRequiredService<JobStorage>();

    private List<string> ScheduledChecksOf(long complaintId) =>
        [.. Jobs.GetMonitoringApi().ScheduledJobs(0, 1000)
            .Where(j => j.Value.Job.Type == typeof(SlaCheckJob) && Equals(j.Value.Job.Args[0], complaintId))
            .Select(j => j.Key)];

    private string? StateOf(string jobId)
    {
        using var connection = Jobs.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private string? LastSweep()
    {
        using var connection = Jobs.GetConnection();
        return connection.GetRecurringJobs([SlaSweepJob.Id]).Single().LastJobId;
    }

    private async Task<long> IdOfAsync(string reference)
    {
        await using var db = await _b.App.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync();
        return await db.Complaints.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
