using BenchmarkDotNet.Running;
using ComplaintDesk.Benchmarks;

// `-- --plans` prints each case's SQL and SQLite's query plan instead of timing it.
if (args is ["--plans"])
{
    await QueuePlans.PrintAsync(CancellationToken.None);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(QueuePageBenchmarks).Assembly).Run(args);
