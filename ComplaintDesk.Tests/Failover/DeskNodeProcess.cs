using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ComplaintDesk.Web.Hosting;

namespace ComplaintDesk.Tests.Failover;

/// <summary>
/// A node of a failover test as a process of its own (<c>dotnet ComplaintDesk.Web.dll</c> from the web project's
/// build output), so that killing it by its process id ends it as a crash would: no graceful Hangfire shutdown, no
/// goodbye to Redis or PostgreSQL, its server still listed until its heartbeat times out.
/// </summary>
public sealed class DeskNodeProcess : IDisposable
{
    private static readonly TimeSpan _startPatience = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintdesk-node-").FullName;
    private Process? _process;

    private DeskNodeProcess()
    {
    }

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort()}/");

    /// <summary>Starts a node of <paramref name="desk"/> and waits until it says it is ready.</summary>
    public static async Task<DeskNodeProcess> StartAsync(FailoverDesk desk)
    {
        var node = new DeskNodeProcess();
        try
        {
            await node.RunAsync(desk);
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    private async Task RunAsync(FailoverDesk desk)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = WebOutput(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(WebOutput(), "ComplaintDesk.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["Desk__Reports__Folder"] = _folder;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in desk.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start)!;
        // Keep reading so a full pipe never blocks the node.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync(_process);
    }

    /// <summary>Ends the node at once (SIGKILL).</summary>
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

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var patience = new CancellationTokenSource(_startPatience);
        while (!process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(HealthSetup.ReadyPath, patience.Token)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), patience.Token);
        }

        throw new InvalidOperationException($"The node at {BaseAddress} exited with code {process.ExitCode} before it was ready.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The web project's output for this build's configuration: bin/<configuration>/<framework> beside this project's.
    private static string WebOutput()
    {
        var project = new DirectoryInfo(AppContext.BaseDirectory);
        while (project is not null && !File.Exists(Path.Combine(project.FullName, "ComplaintDesk.Tests.csproj")))
        {
            project = project.Parent;
        }

        return project is null
            ? throw new InvalidOperationException("Run the tests from their build output inside the repository.")
            : Path.Combine(project.Parent!.FullName, "ComplaintDesk.Web", Path.GetRelativePath(project.FullName, AppContext.BaseDirectory));
    }
}
