using ComplaintDesk.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Makes writes to a complaint meet on purpose: another write slipped in just before a save, or several saves
/// held until all of them have read the complaint. Without it, "at the same moment" would be left to luck.
/// </summary>
public sealed class InterleavedSaves : SaveChangesInterceptor
{
    private Func<Task>? _writeFirst;
    private TaskCompletionSource? _gate;
    private int _waitingFor;

    /// <summary>Runs <paramref name="write"/> (to completion) right before the next save of a changed complaint.</summary>
    public void BeforeNextSave(Func<Task> write) => _writeFirst = write;

    /// <summary>Holds the next <paramref name="saves"/> saves of a changed complaint until all have arrived.</summary>
    public void Gather(int saves)
    {
        _waitingFor = saves;
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.ChangeTracker.Entries<Complaint>().Any(e => e.State == EntityState.Modified) != true)
        {
            return result;
        }

        if (Interlocked.Exchange(ref _writeFirst, null) is { } write)
        {
            await write();
        }

        if (_gate is { } gate)
        {
            if (Interlocked.Decrement(ref _waitingFor) == 0)
            {
                _gate = null;
                gate.SetResult();
            }

            await gate.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return result;
    }
}
