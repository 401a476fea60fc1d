using System.Diagnostics;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Many supervisor hub clients over WebSockets in this process, spread over one node or several (<c>--nodes</c>,
/// through Redis), then one manual escalation at a time through the first node's API: each raises a level-1 alert
/// to every supervisor.
/// </summary>
internal static class FanOutBenchmark
{
    private const int WarmUps = 3;
    private const int ConnectBatch = 50;
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan _pause = TimeSpan.FromMilliseconds(500);

    public static async Task<string> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        using var nodes = await DeskNodes.StartAsync(options.Nodes, new Dictionary<string, string>());
        var host = nodes.First;
        using var supervisor = await DeskSession.SignInAsync(host.BaseAddress, "supervisor@demo.local", cancellationToken);
        var references = new List<string>();
        for (var i = 0; i < WarmUps + options.Alerts; i++)
        {
            references.Add((await supervisor.RegisterAsync(null, cancellationToken)).Reference);
        }

        var probe = new FanOutProbe(options.Clients);
        var connecting = Stopwatch.GetTimestamp();
        Uri[] servers = [.. nodes.All.Select(node => node.BaseAddress)];
        var connections = await ConnectAsync(servers, supervisor.AccessToken, probe, options.Clients, cancellationToken);
        var connected = new FanOutConnections(Stopwatch.GetElapsedTime(connecting), ProcessLoad.Now());
        var closed = 0;
        foreach (var connection in connections)
        {
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref closed);
                return Task.CompletedTask;
            };
        }

        try
        {
            var samples = new List<FanOutSample>();
            foreach (var (reference, i) in references.Select((r, i) => (r, i)))
            {
                await Task.Delay(_pause, cancellationToken);
                var sample = await MeasureAsync(host, supervisor, probe, reference, cancellationToken);
                if (i >= WarmUps)
                {
                    samples.Add(sample);
                }
            }

            return FanOutReport.Format(options, samples, connected, ProcessLoad.Now(), Volatile.Read(ref closed));
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private static async Task<HubConnection[]> ConnectAsync(
        Uri[] servers, string accessToken, FanOutProbe probe, int count, CancellationToken cancellationToken)
    {
        var connections = new HubConnection[count];
        for (var start = 0; start < count; start += ConnectBatch)
        {
            await Task.WhenAll(Enumerable.Range(start, Math.Min(ConnectBatch, count - start)).Select(async client =>
            {
                // Spread evenly over the nodes; the alert is always raised through the first.
                var connection = DeskHubClient.Build(servers[client % servers.Length], accessToken);
                connection.On<AlertMessage>(nameof(IDeskClient.AlertRaised), alert => probe.Hear(client, alert));
                connection.On<IgnoredMessage>(nameof(IDeskClient.ComplaintChanged), _ => { });
                connections[client] = connection;
                await DeskHubClient.JoinAsync(connection, cancellationToken);
            }));
        }

        return connections;
    }

    private static async Task<FanOutSample> MeasureAsync(
        LiveDeskHost host, DeskSession supervisor, FanOutProbe probe, string reference, CancellationToken cancellationToken)
    {
        var everyone = probe.Expect(reference);
        var cpu = CpuSample.Now();
        var paused = GC.GetTotalPauseDuration();
        var requestStart = TimeProvider.System.GetUtcNow();
        var request = Stopwatch.GetTimestamp();
        await supervisor.EscalateAsync(reference, cancellationToken);
        var answered = Stopwatch.GetElapsedTime(request);
        await Task.WhenAny(everyone, Task.Delay(_patience, cancellationToken));
        var busy = CpuSample.Now().BusySince(cpu);
        var gcPause = GC.GetTotalPauseDuration() - paused;

        var (first, last) = probe.Arrivals();
        var alert = host.Sends.AlertFor(reference, AlertTrigger.Manual)
            ?? throw new InvalidOperationException($"The desk sent no AlertRaised for {reference}.");
        return new FanOutSample(requestStart, answered, alert, host.Sends.LastChangeBefore(reference, alert.Started), first, last, probe.Heard, busy, gcPause);
    }
}

/// <summary>How long connecting every client took, and the process once they were all connected.</summary>
internal sealed record FanOutConnections(TimeSpan Took, ProcessLoad Load);
