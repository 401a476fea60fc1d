namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>
/// Where finished monthly workbooks are kept, by file name: a folder beside the embedded default, or the shared
/// database when several nodes serve the desk. A workbook is kept only once complete, replacing the one before.
/// </summary>
public interface IWorkbookStore
{
    /// <summary>Gives <paramref name="write"/> an empty stream and keeps what it wrote once it returns; answers its result and the bytes kept.</summary>
    Task<(T Result, long Bytes)> KeepAsync<T>(string fileName, Func<Stream, Task<T>> write, CancellationToken cancellationToken);

    /// <summary>The kept workbook for reading (the caller disposes it), or null when there is none.</summary>
    Task<Stream?> OpenAsync(string fileName, CancellationToken cancellationToken);

    /// <summary>After a restart: removes what a build cut short left behind.</summary>
    Task RecoverAsync(CancellationToken cancellationToken);
}
