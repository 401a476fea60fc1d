using System.Diagnostics;
using ComplaintDesk.Tests.Processes;

namespace ComplaintDesk.Tests.Redis;

/// <summary>
/// A Redis of one test's own (Debian's <c>redis-server</c>, which <c>./test.sh</c> installs), on loopback, keeping
/// nothing on disk, so the test can stop it and start it again on the same port without disturbing the others.
/// </summary>
public sealed class RedisServerProcess : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintdesk-redis-").FullName;
    private Process? _process;

    public int Port { get; } = LoopbackPort.Free();

    public string Server => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", _folder])
        {
            RedirectStandardOutput = true,
        })!;
        var output = _process.StandardOutput;
        while (await output.ReadLineAsync() is { } line)
        {
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                // Keep reading so a full pipe never blocks the server.
                _ = output.ReadToEndAsync();
                return;
            }
        }

        throw new InvalidOperationException($"redis-server did not start on port {Port}.");
    }

    /// <summary>Ends the server at once, as a crash would: its clients see their connections drop.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        KillAsync().GetAwaiter().GetResult();
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
