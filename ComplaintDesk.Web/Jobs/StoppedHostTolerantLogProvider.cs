using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace ComplaintDesk.Web.Jobs;

/// <summary>
/// Hangfire keeps one log provider for the whole process, set by whichever host configured it last.
/// When that host stops, another host in the same process (test hosts do this) would get its disposed
/// logger factory and fail to start a job manager; its messages are dropped instead.
/// </summary>
internal sealed class StoppedHostTolerantLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _host = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return DroppedLog.Instance;
        }
    }

    private sealed class DroppedLog : ILog
    {
        public static readonly DroppedLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
