using System.Diagnostics;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The process's memory and threads at one moment; the desk and its clients share this process.</summary>
internal sealed record ProcessLoad(long WorkingSet, long ManagedHeap, int Threads, int PoolThreads, int Gen2Collections)
{
    public static ProcessLoad Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessLoad(
            process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), process.Threads.Count, ThreadPool.ThreadCount, GC.CollectionCount(2));
    }

    public override string ToString() =>
        $"working set {WorkingSet / 1048576.0:0} MiB, managed heap {ManagedHeap / 1048576.0:0} MiB, " +
        $"{Threads} threads ({PoolThreads} in the pool), {Gen2Collections} gen-2 GCs so far";
}
