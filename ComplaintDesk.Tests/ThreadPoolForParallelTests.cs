using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ComplaintDesk.Tests;

/// <summary>
/// Test classes run side by side, and a bunit wait holds a pool thread while the renderer needs another to run the
/// check. On two cores the pool starts with two threads and adds more only slowly, so a wait at the busy start of a
/// run could time out before its check ever ran. The pool starts with enough threads for that start.
/// </summary>
internal static class ThreadPoolForParallelTests
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly: the setting must hold before the first test runs.")]
    internal static void StartWithEnoughThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), completionPorts);
    }
}
