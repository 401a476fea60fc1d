using System.Collections.Concurrent;
using System.Diagnostics;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Hubs;
using Hangfire;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Critical complaints with a short acknowledge target, registered a little apart through the API;
/// Hangfire fires each one's warning and deadline check on the real clock, and one supervisor's hub
/// client notes when each <c>AlertRaised</c> arrives. With <c>--nodes</c>, the nodes share a PostgreSQL database
/// (Hangfire's jobs too, taken by whichever node's worker is free) and a Redis; the complaints go in through the
/// first node and the supervisor listens on the last.
/// </summary>
internal static class LatencyBenchmark
{
    // Long enough for the minute sweep to catch any deadline whose trigger raised nothing.
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(75);

    public static async Task<string> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        if (options.Nodes == 1)
        {
            return await RunOnAsync(options, postgres: null, cancellationToken);
        }

        // Several nodes share their alarms only through a job store in a shared database.
        if (Environment.GetEnvironmentVariable(WritersBenchmark.PostgresVariable) is not { Length: > 0 } server)
        {
            throw new InvalidOperationException($"latency --nodes {options.Nodes} runs on PostgreSQL: {WritersBenchmark.PostgresVariable} names no server.");
        }

        await using var database = await BenchPostgresDatabase.CreateAsync(server, cancellationToken);
        return await RunOnAsync(options, database.ConnectionString, cancellationToken);
    }

    private static async Task<string> RunOnAsync(RunOptions options, string? postgres, CancellationToken cancellationToken)
    {
        var traces = new SlaCheckTraces();
        GlobalJobFilters.Filters.Add(traces);
        using var nodes = await DeskNodes.StartAsync(options.Nodes, new Dictionary<string, string>
        {
            ["Desk:Sla:Policies:Critical:Acknowledge"] = options.Target.ToString("c"),
            ["Desk:Sla:Policies:Critical:AroundTheClock"] = "true",
        }, postgres);
        // Registered through the first node, heard on the last: with several nodes, every alert crosses Redis.
        using var handler = await DeskSession.SignInAsync(nodes.First.BaseAddress, "handler@demo.local", cancellationToken);
        using var supervisor = await DeskSession.SignInAsync(nodes.Last.BaseAddress, "supervisor@demo.local", cancellationToken);
        var heard = new ConcurrentQueue<HeardAlert>();
        await using var hub = DeskHubClient.Build(nodes.Last.BaseAddress, supervisor.AccessToken);
        hub.On<AlertMessage>(nameof(IDeskClient.AlertRaised), alert => heard.Enqueue(new HeardAlert(alert, TimeProvider.System.GetUtcNow())));
        hub.On<IgnoredMessage>(nameof(IDeskClient.ComplaintChanged), _ => { });
        await DeskHubClient.JoinAsync(hub, cancellationToken);

        // The sweep at start raises the demo desk's overdue alerts; let it finish before measuring.
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var before = CpuSample.Now();
        var complaints = await RegisterAsync(handler, options, cancellationToken);
        await AwaitBreachesAsync(complaints, heard, cancellationToken);
        var busy = CpuSample.Now().BusySince(before);

        var ids = await IdsAsync(nodes.First, complaints, cancellationToken);
        var report = new LatencyReport(complaints, [.. heard], [.. nodes.All.SelectMany(n => n.Sends.Alerts)], traces.All, ids);
        return report.Format(options, busy, ProcessLoad.Now(), hub.State.ToString());
    }

    private static async Task<List<RegisteredComplaint>> RegisterAsync(DeskSession handler, RunOptions options, CancellationToken cancellationToken)
    {
        var complaints = new List<RegisteredComplaint>(options.Count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < options.Count; i++)
        {
            var due = options.Every * i - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            complaints.Add(await handler.RegisterAsync("Critical", cancellationToken));
        }

        return complaints;
    }

    private static async Task AwaitBreachesAsync(
        List<RegisteredComplaint> complaints, ConcurrentQueue<HeardAlert> heard, CancellationToken cancellationToken)
    {
        var giveUpAt = complaints.Max(c => c.Deadline) + _patience;
        var expected = complaints.Select(c => c.Reference).ToHashSet();
        while (TimeProvider.System.GetUtcNow() < giveUpAt &&
               heard.Count(h => h.Alert.Trigger == "Breach" && expected.Contains(h.Alert.ComplaintReference)) < expected.Count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private static async Task<Dictionary<string, long>> IdsAsync(
        LiveDeskHost host, List<RegisteredComplaint> complaints, CancellationToken cancellationToken)
    {
        var references = complaints.Select(c => c.Reference).ToList();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync(cancellationToken);
        return await db.Complaints.Where(c => references.Contains(c.Reference))
            .Select(c => new { c.Reference, c.Id })
            .ToDictionaryAsync(c => c.Reference, c => c.Id, cancellationToken);
    }
}

/// <summary>An <c>AlertRaised</c> message and when the client's handler got it.</summary>
internal sealed record HeardAlert(AlertMessage Alert, DateTimeOffset At);
