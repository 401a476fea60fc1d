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
/// client notes when each <c>AlertRaised</c> arrives.
/// </summary>
internal static class LatencyBenchmark
{
    // Long enough for the minute sweep to catch any deadline whose trigger raised nothing.
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(75);

    public static async Task<string> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var traces = new SlaCheckTraces();
        GlobalJobFilters.Filters.Add(traces);
        using var host = LiveDeskHost.Start(new Dictionary<string, string>
        {
            ["Desk:Sla:Policies:Critical:Acknowledge"] = options.Target.ToString("c"),
            ["Desk:Sla:Policies:Critical:AroundTheClock"] = "true",
        });
        using var handler = await DeskSession.SignInAsync(host.BaseAddress, "handler@demo.local", cancellationToken);
        using var supervisor = await DeskSession.SignInAsync(host.BaseAddress, "supervisor@demo.local", cancellationToken);
        var heard = new ConcurrentQueue<HeardAlert>();
        await using var hub = DeskHubClient.Build(host.BaseAddress, supervisor.AccessToken);
        hub.On<AlertMessage>(nameof(IDeskClient.AlertRaised), alert => heard.Enqueue(new HeardAlert(alert, TimeProvider.System.GetUtcNow())));
        hub.On<IgnoredMessage>(nameof(IDeskClient.ComplaintChanged), _ => { });
        await DeskHubClient.JoinAsync(hub, cancellationToken);

        // The sweep at start raises the demo desk's overdue alerts; let it finish before measuring.
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var before = CpuSample.Now();
        var complaints = await RegisterAsync(handler, options, cancellationToken);
        await AwaitBreachesAsync(complaints, heard, cancellationToken);
        var busy = CpuSample.Now().BusySince(before);

        var ids = await IdsAsync(host, complaints, cancellationToken);
        var report = new LatencyReport(complaints, [.. heard], [.. host.Sends.Alerts], traces.All, ids);
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
