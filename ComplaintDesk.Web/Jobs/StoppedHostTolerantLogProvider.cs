using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace ComplaintDesk.Web.Jobs;

/// <summary>
/// Hangfire keeps one log provider for the whole process, set by whichever host configured it last, and its classes
/// keep their loggers in static fields. When that host stops, another host in the same process (test hosts do this)
/// would meet its disposed logger factory, in a constructor or in a logger taken long before; its messages are
/// dropped instead. An app process has one host, whose loggers these are.
/// </summary>
internal sealed class StoppedHostTolerantLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _host = new(loggerFactory);

    public ILog GetLogger(string name) => new StoppedHostTolerantLog(_host, name);

    private sealed class StoppedHostTolerantLog(AspNetCoreLogProvider host, string name) : ILog
    {
        private ILog? _log;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _log ??= host.GetLogger(name);
                return _log.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
