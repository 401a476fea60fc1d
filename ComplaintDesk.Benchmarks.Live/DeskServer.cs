using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// The desk as its own process (<c>dotnet ComplaintDesk.Web.dll</c> from the web project's build output), so
/// its memory and CPU are its own: demo users on a fresh SQLite file (or the PostgreSQL database given), on a free
/// loopback port.
/// </summary>
internal sealed class DeskServer : IDisposable
{
    private static readonly TimeSpan _startPatience = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly string _folder;
    private readonly Queue<string> _lastLines = new();

    private DeskServer(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<DeskServer> StartAsync(CancellationToken cancellationToken, string? postgres = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "complaintdesk-live-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = WebOutput(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(WebOutput(), "ComplaintDesk.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__Desk"] = postgres ?? $"Data Source={Path.Combine(folder, "desk.db")}";
        if (postgres is not null)
        {
            start.Environment["Desk__Database__Provider"] = "Postgres";
        }

        start.Environment["Desk__DemoData"] = "true";
        // The sessions file complaints under the English demo's categories.
        start.Environment["Desk__DefaultCulture"] = "en";
        // Console logging on the measured path would cost CPU the two cores do not have to spare.
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var server = new DeskServer(Process.Start(start)!, folder, baseAddress);
        server._process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>The process's resident memory (VmRSS), in KiB.</summary>
    public long ResidentKib() =>
        long.Parse(File.ReadLines($"/proc/{_process.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    /// <summary>CPU time the process has used so far, user and system, at the kernel's 10 ms tick.</summary>
    public TimeSpan CpuTime()
    {
        // The command name in brackets may hold spaces; the fields after it are fixed: utime is the 14th, stime the 15th.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const double ticksPerSecond = 100; // USER_HZ, the same on every Linux .NET runs on
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ticksPerSecond);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var giveUp = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(giveUp) < _startPatience)
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                if ((await http.GetAsync("/health/ready", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        lock (_lastLines)
        {
            throw new InvalidOperationException($"The desk did not start at {BaseAddress}:{Environment.NewLine}{string.Join(Environment.NewLine, _lastLines)}");
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The web project's output for this build's configuration: this project's bin/<configuration>/<framework>, beside it.
    private static string WebOutput()
    {
        var project = new DirectoryInfo(AppContext.BaseDirectory);
        while (project is not null && !File.Exists(Path.Combine(project.FullName, "ComplaintDesk.Benchmarks.Live.csproj")))
        {
            project = project.Parent;
        }

        return project is null
            ? throw new InvalidOperationException("Run the benchmark from its build output inside the repository.")
            : Path.Combine(project.Parent!.FullName, "ComplaintDesk.Web", Path.GetRelativePath(project.FullName, AppContext.BaseDirectory));
    }
}
