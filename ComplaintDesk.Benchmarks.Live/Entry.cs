using System.Globalization;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// End-to-end latency of the desk's alerts on the real clock, real Kestrel and real WebSockets, and of
/// changes reaching real browser tabs. Not a test and not BenchmarkDotNet: each run is one distribution.
/// </summary>
internal static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        if (RunOptions.Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(RunOptions.Usage);
            return 2;
        }

        var started = string.Create(CultureInfo.InvariantCulture, $"{TimeProvider.System.GetUtcNow():u}, load average {MachineInfo.LoadAverage()}");
        var report = options.Mode switch
        {
            "latency" => await LatencyBenchmark.RunAsync(options, CancellationToken.None),
            "fanout" => await FanOutBenchmark.RunAsync(options, CancellationToken.None),
            "tabs" => await TabsBenchmark.RunAsync(options, CancellationToken.None),
            "writers" => await WritersBenchmark.RunAsync(options, CancellationToken.None),
            "circuits" => await CircuitsBenchmark.RunAsync(options, CancellationToken.None),
            _ => await TimerProbe.RunAsync(options, CancellationToken.None),
        };
        Console.WriteLine();
        Console.WriteLine(MachineInfo.Describe());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"started {started}; ended {TimeProvider.System.GetUtcNow():u}, load average {MachineInfo.LoadAverage()}"));
        Console.WriteLine(report);
        return 0;
    }
}
