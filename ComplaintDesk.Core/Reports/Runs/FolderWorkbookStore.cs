using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>
/// Workbooks as files in <see cref="ReportOptions.Folder"/>: written under a temporary name and made visible by
/// one rename only when complete, so a crash never leaves a half file where a workbook is looked for.
/// </summary>
internal sealed class FolderWorkbookStore(IOptions<ReportOptions> options) : IWorkbookStore
{
    private const string TemporarySuffix = ".tmp";

    private string Folder => options.Value.Folder;

    public async Task<(T Result, long Bytes)> KeepAsync<T>(string fileName, Func<Stream, Task<T>> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var final = Path.Combine(Folder, fileName);
        var temporary = Path.Combine(Folder, $".{fileName}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            T result;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                result = await write(file);
            }

            File.Move(temporary, final, overwrite: true);
            return (result, new FileInfo(final).Length);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, fileName);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: true)
            : null);
    }

    public Task RecoverAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        foreach (var leftover in Directory.EnumerateFiles(Folder, "*" + TemporarySuffix))
        {
            File.Delete(leftover);
        }

        return Task.CompletedTask;
    }
}
