using System.Globalization;
using ComplaintDesk.Tests.Processes;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// The desk as its own process, so its memory and CPU are its own: demo users on a fresh SQLite file in the
/// process's folder (or the PostgreSQL database given).
/// </summary>
internal sealed class DeskServer(DeskWebProcess process) : IDisposable
{
    public Uri BaseAddress => process.BaseAddress;

    public int ProcessId => process.ProcessId;

    public static async Task<DeskServer> StartAsync(CancellationToken cancellationToken, string? postgres = null) =>
        new(await DeskWebProcess.StartAsync("Benchmark", folder => Settings(folder, postgres), cancellationToken));

    /// <summary>The process's resident memory (VmRSS), in KiB.</summary>
    public long ResidentKib() =>
        long.Parse(File.ReadLines($"/proc/{ProcessId}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    /// <summary>CPU time the process has used so far, user and system, at the kernel's 10 ms tick.</summary>
    public TimeSpan CpuTime()
    {
        // The command name in brackets may hold spaces; the fields after it are fixed: utime is the 14th, stime the 15th.
        var stat = File.ReadAllText($"/proc/{ProcessId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const double ticksPerSecond = 100; // USER_HZ, the same on every Linux .NET runs on
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ticksPerSecond);
    }

    public void Dispose() => process.Dispose();

    private static Dictionary<string, string> Settings(string folder, string? postgres)
    {
        var settings = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            // The sessions file complaints under the English demo's categories.
            ["Desk:DefaultCulture"] = "en",
            ["ConnectionStrings:Desk"] = postgres ?? $"Data Source={Path.Combine(folder, "desk.db")}",
            ["Desk:Mail:PickupDirectory"] = Path.Combine(folder, "mail"),
        };
        if (postgres is not null)
        {
            settings["Desk:Database:Provider"] = "Postgres";
        }

        return settings;
    }
}
