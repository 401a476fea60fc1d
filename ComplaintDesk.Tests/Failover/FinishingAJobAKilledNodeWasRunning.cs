using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Postgres;
using ComplaintDesk.Tests.Processes;
using ComplaintDesk.Tests.Redis;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.States;
using Npgsql;
using static ComplaintDesk.Tests.Failover.RealTimeWait;

namespace ComplaintDesk.Tests.Failover;

/// <summary>
/// Node A, a process of its own, is killed while it builds the monthly workbook; node B, on the same PostgreSQL
/// database, runs the job again once A's claim on it has lapsed: the month gets its workbook, and A's run is
/// recorded as interrupted instead of building for ever.
/// </summary>
public sealed class FinishingAJobAKilledNodeWasRunning : IAsyncLifetime
{
    private string _database = "";
    private FailoverDesk _desk = default!;
    private DeskWebProcess _a = default!;
    private LiveDesk? _b;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateEmptyAsync();
        _desk = new FailoverDesk(_database, TestRedis.Server);
        _a = await _desk.StartNodeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        _a.Dispose();
        await TestPostgres.DropAsync(_database);
    }

    [Fact]
    public async Task The_workbook_a_killed_node_was_building_is_built_by_the_node_left()
    {
        var jobs = DeskJobStorage.For(new DeskDatabaseSource(DeskDatabaseProvider.Postgres, _database), new JobOptions { AbandonedAfter = FailoverDesk.AbandonedAfter });
        string job;
        await using (var stop = await StopWritingWorkbooksAsync())
        {
            job = new BackgroundJobClient(jobs).Enqueue<MonthlyReportJob>(monthly => monthly.RunAsync(CancellationToken.None));
            // A has taken the job, recorded its run, and waits to keep the finished workbook: mid-job.
            await UntilAsync(() => StateOf(jobs, job), state => state == ProcessingState.StateName);
            await UntilAsync(RunsRecordedAsync, runs => runs == 1);
            await _a.KillAsync();
        }

        _b = new LiveDesk(new RealClockDeskNode(_desk));
        await _b.InitializeAsync();

        Assert.Equal(SucceededState.StateName, await UntilAsync(() => StateOf(jobs, job), Finished));
        var quality = await DeskApi.SignInAsync(_b.App, "quality@demo.local");
        var month = Assert.Single((await quality.Http.GetFromJsonAsync<JsonArray>("/api/v1/reports/monthly"))!)!;
        Assert.Equal(2, month["runs"]!.GetValue<int>());
        Assert.NotNull(month["workbook"]);
        Assert.Equal(HttpStatusCode.OK, (await quality.Http.GetAsync($"/api/v1/reports/monthly/{month["month"]}")).StatusCode);
        Assert.Equal(0, await RunsStillBuildingAsync());
    }

    private static bool Finished(string? state) => state == SucceededState.StateName || state == FailedState.StateName;

    private static string? StateOf(JobStorage jobs, string job)
    {
        using var connection = jobs.GetConnection();
        return connection.GetStateData(job)?.Name;
    }

    // Holds the workbooks' table until disposed, so a build blocks where it would keep its workbook.
    private async Task<NpgsqlConnection> StopWritingWorkbooksAsync()
    {
        var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var begin = new NpgsqlCommand("""BEGIN; LOCK TABLE "StoredWorkbooks" IN ACCESS EXCLUSIVE MODE;""", connection);
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private Task<long> RunsRecordedAsync() => CountAsync("""SELECT count(*) FROM "MonthlyReportRuns" """);

    private Task<long> RunsStillBuildingAsync() => CountAsync("""SELECT count(*) FROM "MonthlyReportRuns" WHERE "FinishedAt" IS NULL""");

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(sql, connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
