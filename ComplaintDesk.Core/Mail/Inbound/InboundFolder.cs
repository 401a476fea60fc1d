using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>
/// Takes the <c>.eml</c> files dropped into <see cref="MailOptions.InboundDirectory"/>. Each file is claimed by renaming
/// it into this node's own <c>processing</c> folder, which only one node can do; once taken it moves to <c>processed</c>,
/// or to <c>failed</c> when it cannot be read or is no complaint. A file left in <c>processing</c> by a crash is taken
/// again on the node's next round, which the processed-message record makes safe.
/// </summary>
public sealed partial class InboundFolder(MailIntake intake, IOptions<MailOptions> options, ILogger<InboundFolder> logger)
{
    public const string Processing = "processing";
    public const string Processed = "processed";
    public const string Failed = "failed";

    /// <param name="node">This node's name; its claimed files wait in a folder of that name.</param>
    public async Task PickUpAsync(string node, CancellationToken cancellationToken)
    {
        var folder = options.Value.InboundDirectory;
        if (!Directory.Exists(folder))
        {
            return;
        }

        var claimed = Path.Combine(folder, Processing, FolderName(node));
        Directory.CreateDirectory(claimed);
        foreach (var left in Directory.GetFiles(claimed).Order(StringComparer.Ordinal))
        {
            await TakeAsync(folder, left, cancellationToken);
        }

        foreach (var dropped in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var mine = Path.Combine(claimed, Path.GetFileName(dropped));
            if (TryMove(dropped, mine))
            {
                await TakeAsync(folder, mine, cancellationToken);
            }
        }
    }

    private async Task TakeAsync(string folder, string file, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(file, cancellationToken);
        }
        catch (FormatException failure)
        {
            LogUnreadable(failure.GetType().Name);
            MoveOut(folder, file, Failed);
            return;
        }

        var outcome = await intake.TakeAsync(message, cancellationToken);
        MoveOut(folder, file, outcome == IntakeOutcome.Refused ? Failed : Processed);
    }

    private static void MoveOut(string folder, string file, string to)
    {
        var target = Path.Combine(folder, to);
        Directory.CreateDirectory(target);
        var name = Path.GetFileName(file);
        var final = Path.Combine(target, name);
        // The folders keep every file: a name seen before is kept beside the earlier one, not over it.
        TryMove(file, File.Exists(final) ? Path.Combine(target, $"{Path.GetFileNameWithoutExtension(name)}-{Guid.NewGuid():N}{Path.GetExtension(name)}") : final);
    }

    // A rename within one file system is atomic: of two nodes renaming one file, one succeeds and the other finds it gone.
    private static bool TryMove(string from, string to)
    {
        try
        {
            File.Move(from, to);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string FolderName(string node) =>
        string.Concat(node.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));

    // The file's name and content may be the complainant's: only the kind of failure is logged.
    [LoggerMessage(Level = LogLevel.Warning, Message = "An incoming mail file could not be read and was moved to the failed folder ({Exception})")]
    private partial void LogUnreadable(string exception);
}
