namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Says when every tab has shown the change being measured. Only the moment of the last one matters here,
/// to start the next change; each tab notes its own arrival time in the page.
/// </summary>
internal sealed class EveryTab
{
    private TaskCompletionSource _everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _key;
    private int _tabs;
    private int _seen;

    /// <summary>Starts counting tabs that show <paramref name="key"/>; the task ends when all <paramref name="tabs"/> have.</summary>
    public Task Expect(string key, int tabs)
    {
        _everyone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _tabs = tabs;
        _seen = 0;
        Volatile.Write(ref _key, key);
        return _everyone.Task;
    }

    /// <summary>Called by a tab's page through Playwright once its DOM shows the change.</summary>
    public void Seen(string key)
    {
        if (key == Volatile.Read(ref _key) && Interlocked.Increment(ref _seen) == _tabs)
        {
            _everyone.TrySetResult();
        }
    }
}
