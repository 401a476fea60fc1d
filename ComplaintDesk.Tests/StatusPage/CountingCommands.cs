using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// Keeps the text of every command the desk sends its database on behalf of the work being watched (background jobs
/// are not), to compare the work two requests did. The test server must carry the caller's execution context.
/// </summary>
public sealed class CountingCommands : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> _watching = new();

    public ConcurrentQueue<string> Sent { get; } = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>What was sent for <paramref name="work"/>.</summary>
    public async Task<IReadOnlyList<string>> DuringAsync(Func<Task> work)
    {
        Sent.Clear();
        _watching.Value = true;
        try
        {
            await work();
        }
        finally
        {
            _watching.Value = false;
        }

        return [.. Sent];
    }

    private void Keep(DbCommand command)
    {
        if (_watching.Value)
        {
            Sent.Enqueue(command.CommandText);
        }
    }
}
