using System.Diagnostics;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The process's CPU time at one moment, to tell how busy the cores were over a stretch.</summary>
internal readonly record struct CpuSample(TimeSpan Cpu, long Timestamp)
{
    public static CpuSample Now()
    {
        using var process = Process.GetCurrentProcess();
        return new CpuSample(process.TotalProcessorTime, Stopwatch.GetTimestamp());
    }

    /// <summary>Share of all cores busy from <paramref name="before"/> to this sample: 1 means every core, all the time.</summary>
    public double BusySince(CpuSample before) =>
        (Cpu - before.Cpu).TotalSeconds / (Stopwatch.GetElapsedTime(before.Timestamp, Timestamp).TotalSeconds * Environment.ProcessorCount);
}
