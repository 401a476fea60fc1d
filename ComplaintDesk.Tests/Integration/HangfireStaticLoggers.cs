using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.PostgreSql;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Hangfire's classes take their loggers once, in static fields, from Hangfire's process-wide log provider, which
/// each test host replaces with one on its own logger factory. A class first used after that host is disposed
/// fails (ObjectDisposedException for LoggerFactory) and can never be used again in the run, so the loggers are
/// taken when the test assembly loads, before any host exists, from Hangfire's silent default. An app process has
/// one host and does not need this.
/// </summary>
internal static class HangfireStaticLoggers
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Must run before any test host sets Hangfire's process-wide log provider.")]
    internal static void TakeBeforeAnyHost()
    {
        var types = typeof(RecurringJobManager).Assembly.GetTypes().Concat(typeof(PostgreSqlStorage).Assembly.GetTypes());
        foreach (var type in types.Where(t => !t.ContainsGenericParameters))
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
    }
}
