using System.Diagnostics;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Reports.Workbook;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// `-- --workbook [copies]`: writes the monitoring workbook over every seeded complaint (100,000, or
/// that many times the seed with copies) in a fresh process, and prints time, peak working set and
/// size. An end-to-end run, not a BenchmarkDotNet case: the peak memory of one export is the figure.
/// </summary>
internal static class WorkbookRun
{
    public static async Task PrintAsync(int copies, CancellationToken cancellationToken)
    {
        var database = await BenchDatabase.EnsureSeededAsync(cancellationToken);
        if (copies > 1)
        {
            database = await BenchCopies.EnsureAsync(database, copies, cancellationToken);
        }

        await using var services = BenchServices.Build(database);
        await services.GetRequiredService<Core.Sla.StoredSlaSettings>().LoadAsync(cancellationToken);
        var workbook = services.GetRequiredService<MonthlyWorkbook>();
        // The seed spans the 90 days before BenchComplaints.Now: one period holds all of it.
        var period = new MonitoringPeriod(DateOnly.FromDateTime(BenchComplaints.Now.AddDays(-95).DateTime), DateOnly.FromDateTime(BenchComplaints.Now.DateTime));
        var output = Path.Combine(BenchDatabase.Folder, $"workbook-{copies}.xlsx");
        if (Environment.GetEnvironmentVariable("WORKBOOK_PHASES") is not null)
        {
            await PhasesAsync(services, period, cancellationToken);
        }

        if (Environment.GetEnvironmentVariable("WORKBOOK_WARM_DATABASE") is not null)
        {
            // The app's case: its database paths have run (dashboard, queue) but the workbook's have not.
            await services.GetRequiredService<MonitoringDesk>().ComputeAsync(period, BenchComplaints.Now, cancellationToken);
        }

        var baseline = Process.GetCurrentProcess().WorkingSet64;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        MonitoringFigures figures;
        await using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            figures = await workbook.WriteAsync(period, BenchComplaints.Now, file, withPersonalData: false, cancellationToken);
        }

        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"complaints in the workbook: {figures.Total.Received:N0}");
        Console.WriteLine($"time:                       {watch.Elapsed.TotalSeconds:F2} s (CPU {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F2} s, load average {LoadAverage()})");
        Console.WriteLine($"peak working set:           {process.PeakWorkingSet64 / 1024.0 / 1024:F0} MB (at start {baseline / 1024.0 / 1024:F0} MB)");
        Console.WriteLine($"allocated:                  {GC.GetTotalAllocatedBytes() / 1024.0 / 1024:F0} MB");
        Console.WriteLine($"file:                       {new FileInfo(output).Length / 1024.0 / 1024:F1} MB ({output})");
        Console.WriteLine($"machine:                    {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

        // The app builds in a process that has run before; the second build shows that case.
        var again = Stopwatch.StartNew();
        var cpuAgain = process.TotalProcessorTime;
        await using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await workbook.WriteAsync(period, BenchComplaints.Now, file, withPersonalData: false, cancellationToken);
        }

        process.Refresh();
        Console.WriteLine($"again, same process:        {again.Elapsed.TotalSeconds:F2} s (CPU {(process.TotalProcessorTime - cpuAgain).TotalSeconds:F2} s, load average {LoadAverage()})");
    }

    // Other work on a 2-core machine stretches wall time; the load average says how much.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task PhasesAsync(ServiceProvider services, MonitoringPeriod period, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Persistence.DeskDbContext>>();
        var monitoring = services.GetRequiredService<MonitoringDesk>();
        var window = monitoring.WindowOf(period, BenchComplaints.Now);
        foreach (var withText in new[] { false, true, false, true })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var read = 0;
            await foreach (var _ in MonitoringReader.ComplaintsAsync(factory, window, withText, cancellationToken))
            {
                read++;
            }

            Console.WriteLine($"reading {read:N0} complaints (text {withText}): CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s");
        }

        var before = Process.GetCurrentProcess().TotalProcessorTime;
        await monitoring.ComputeAsync(period, BenchComplaints.Now, cancellationToken);
        Console.WriteLine($"figures: CPU {(Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds:F2} s");
    }
}
