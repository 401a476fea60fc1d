using System.Diagnostics;
using System.Net;
using ComplaintDesk.Web.Hosting;

namespace ComplaintDesk.Tests.Processes;

/// <summary>
/// The desk as a process of its own (<c>dotnet ComplaintDesk.Web.dll</c> from the web project's build output) on a
/// free loopback port, with a temporary folder of its own: its memory and CPU are its own, and killing it by its
/// process id ends it as a crash would (no graceful shutdown, no goodbye to the engines it uses).
/// </summary>
public sealed class DeskWebProcess : IDisposable
{
    private static readonly TimeSpan _startPatience = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintdesk-node-").FullName;
    private readonly Queue<string> _lastLines = new();
    private Process? _process;

    private DeskWebProcess()
    {
    }

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{LoopbackPort.Free()}/");

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The desk has not started.");

    /// <summary>
    /// Starts the desk in <paramref name="environment"/> with <paramref name="settings"/> (configuration keys, given
    /// the process's own folder) and waits until it says it is ready.
    /// </summary>
    public static async Task<DeskWebProcess> StartAsync(
        string environment, Func<string, IReadOnlyDictionary<string, string>> settings, CancellationToken cancellationToken = default)
    {
        var desk = new DeskWebProcess();
        try
        {
            desk.Run(environment, settings(desk._folder));
            await desk.WaitUntilReadyAsync(cancellationToken);
            return desk;
        }
        catch
        {
            desk.Dispose();
            throw;
        }
    }

    /// <summary>Ends the desk at once (SIGKILL).</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        KillAsync().GetAwaiter().GetResult();
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Run(string environment, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = WebOutput(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(WebOutput(), "ComplaintDesk.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        // Console logging would cost CPU the two cores do not have to spare; warnings still tell why a start failed.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start)!;
        // Keep reading so a full pipe never blocks the desk, and keep the last lines for a start that fails.
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var started = Stopwatch.GetTimestamp();
        while (!_process!.HasExited && Stopwatch.GetElapsedTime(started) < _startPatience)
        {
            try
            {
                if ((await http.GetAsync(HealthSetup.ReadyPath, cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
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

    // The web project's output for this build's configuration: bin/<configuration>/<framework> of the project this
    // code runs in, beside it.
    private static string WebOutput()
    {
        var project = new DirectoryInfo(AppContext.BaseDirectory);
        while (project is not null && project.GetFiles("*.csproj").Length == 0)
        {
            project = project.Parent;
        }

        return project is null
            ? throw new InvalidOperationException("Run from a build output inside the repository.")
            : Path.Combine(project.Parent!.FullName, "ComplaintDesk.Web", Path.GetRelativePath(project.FullName, AppContext.BaseDirectory));
    }
}
