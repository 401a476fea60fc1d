using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ComplaintDesk.Benchmarks;

// `-- --plans` prints each case's SQL and SQLite's query plan instead of timing it.
if (args is ["--plans"])
{
    await QueuePlans.PrintAsync(CancellationToken.None);
    return;
}

// `-- --workbook [copies]` writes the monitoring workbook over the seeded complaints (times copies).
if (args is ["--workbook", ..])
{
    await WorkbookRun.PrintAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1, CancellationToken.None);
    return;
}

// Each case is built as a program of its own; on two busy cores that takes longer than the default two minutes.
BenchmarkSwitcher.FromAssembly(typeof(QueuePageBenchmarks).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
