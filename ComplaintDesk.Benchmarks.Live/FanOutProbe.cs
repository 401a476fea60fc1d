namespace ComplaintDesk.Benchmarks.Live;

/// <summary>Notes when each of many hub clients handles the one alert being measured, and says when all have.</summary>
internal sealed class FanOutProbe(int clients)
{
    private readonly DateTimeOffset[] _arrivals = new DateTimeOffset[clients];
    private TaskCompletionSource _everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _reference;
    private int _heard;

    public int Heard => Volatile.Read(ref _heard);

    /// <summary>Starts listening for the alert on <paramref name="reference"/>; the task ends when every client has it.</summary>
    public Task Expect(string reference)
    {
        Array.Clear(_arrivals);
        _heard = 0;
        _everyone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _reference, reference);
        return _everyone.Task;
    }

    /// <summary>Called on client <paramref name="client"/>'s own receive loop.</summary>
    public void Hear(int client, AlertMessage alert)
    {
        var at = TimeProvider.System.GetUtcNow();
        if (alert.ComplaintReference != Volatile.Read(ref _reference))
        {
            return;
        }

        _arrivals[client] = at;
        if (Interlocked.Increment(ref _heard) == clients)
        {
            _everyone.TrySetResult();
        }
    }

    public (DateTimeOffset First, DateTimeOffset Last) Arrivals()
    {
        var heard = _arrivals.Where(a => a != default).ToList();
        return heard.Count == 0 ? default : (heard.Min(), heard.Max());
    }
}
