using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>
/// Takes the unread messages of the mailbox of <see cref="MailOptions.Imap"/>, each marked read only after its complaint
/// is saved: a crash in between leaves it unread, and taking it again finds its processed-message record. A message that
/// cannot be read or is no complaint is marked read and flagged for a person to look at.
/// </summary>
public sealed partial class ImapInbox(MailIntake intake, IOptions<MailOptions> options, ILogger<ImapInbox> logger)
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);

    public async Task PickUpAsync(CancellationToken cancellationToken)
    {
        var imap = options.Value.Imap;
        using var client = new ImapClient { Timeout = (int)_timeout.TotalMilliseconds };
        await client.ConnectAsync(imap.Host!, imap.Port, Security(imap), cancellationToken);
        if (!string.IsNullOrEmpty(imap.UserName))
        {
            await client.AuthenticateAsync(imap.UserName, imap.Password ?? "", cancellationToken);
        }

        var folder = string.Equals(imap.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(imap.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        foreach (var uid in await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken))
        {
            var flags = await TakeAsync(folder, uid, cancellationToken);
            await folder.AddFlagsAsync(uid, flags, silent: true, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task<MessageFlags> TakeAsync(IMailFolder folder, UniqueId uid, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            message = await folder.GetMessageAsync(uid, cancellationToken);
        }
        catch (FormatException failure)
        {
            LogUnreadable(failure.GetType().Name);
            return MessageFlags.Seen | MessageFlags.Flagged;
        }

        return await intake.TakeAsync(message, cancellationToken) == IntakeOutcome.Refused
            ? MessageFlags.Seen | MessageFlags.Flagged
            : MessageFlags.Seen;
    }

    // Port 993 speaks TLS from the first byte; every other port starts plain and must upgrade when TLS is asked for.
    private static SecureSocketOptions Security(ImapOptions imap) => imap.UseTls
        ? imap.Port == 993 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls
        : SecureSocketOptions.None;

    [LoggerMessage(Level = LogLevel.Warning, Message = "An incoming message in the mailbox could not be read; it was flagged ({Exception})")]
    private partial void LogUnreadable(string exception);
}
