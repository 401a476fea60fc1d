using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Concurrent writers through the API for a fixed time, on SQLite and, when <c>DESK_BENCH_POSTGRES</c> names a
/// PostgreSQL server, on a fresh database there: each writer registers a complaint and assigns it, again and again.
/// </summary>
internal static class WritersBenchmark
{
    public const string PostgresVariable = "DESK_BENCH_POSTGRES";
    private static readonly string[] _people = ["handler@demo.local", "handler2@demo.local", "supervisor@demo.local"];

    public static async Task<string> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var lines = new List<string> { await RunOnAsync("SQLite", postgres: null, options, cancellationToken) };
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server)
        {
            await using var database = await BenchPostgresDatabase.CreateAsync(server, cancellationToken);
            lines.Add(await RunOnAsync("PostgreSQL", database.ConnectionString, options, cancellationToken));
        }
        else
        {
            lines.Add($"PostgreSQL: not measured ({PostgresVariable} names no server)");
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static async Task<string> RunOnAsync(string engine, string? postgres, RunOptions options, CancellationToken cancellationToken)
    {
        using var server = await DeskServer.StartAsync(cancellationToken, postgres);
        var sessions = await Task.WhenAll(Enumerable.Range(0, options.Writers)
            .Select(i => DeskSession.SignInAsync(server.BaseAddress, _people[i % _people.Length], cancellationToken)));
        try
        {
            var writes = new ConcurrentQueue<TimeSpan>();
            var failures = new ConcurrentQueue<string>();
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(sessions.Select((session, i) =>
                WriteUntilAsync(session, _people[i % _people.Length], () => Stopwatch.GetElapsedTime(started) >= options.Duration, writes, failures, cancellationToken)));
            var elapsed = Stopwatch.GetElapsedTime(started);

            var latency = Distribution.Of(writes);
            var p99 = writes.Select(w => w.TotalMilliseconds).Order().ElementAtOrDefault(Math.Max(0, (int)Math.Ceiling(0.99 * writes.Count) - 1));
            var firstFailure = failures.TryPeek(out var first) ? $" (first: {first})" : "";
            return string.Create(CultureInfo.InvariantCulture,
                $"{engine}: {options.Writers} writers for {elapsed.TotalSeconds:F0} s: {writes.Count} writes, {writes.Count / elapsed.TotalSeconds:F1} writes/s, p50 {latency.P50:F1} / p95 {latency.P95:F1} / p99 {p99:F1} / max {latency.Max:F1} ms, {failures.Count} errors{firstFailure}");
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }
    }

    private static async Task WriteUntilAsync(
        DeskSession session, string person, Func<bool> timeIsUp, ConcurrentQueue<TimeSpan> writes, ConcurrentQueue<string> failures,
        CancellationToken cancellationToken)
    {
        while (!timeIsUp())
        {
            var registered = await TimeAsync(() => session.RegisterRowAsync(cancellationToken), writes, failures);
            if (registered is not null)
            {
                await TimeAsync(() => session.AssignAsync(registered.Reference, person, cancellationToken), writes, failures);
            }
        }
    }

    private static async Task<T?> TimeAsync<T>(Func<Task<T>> write, ConcurrentQueue<TimeSpan> writes, ConcurrentQueue<string> failures)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await write();
            writes.Enqueue(Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (Exception failure) when (failure is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            failures.Enqueue(failure.Message);
            return null;
        }
    }
}
