using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintDesk.Core.Mail;

/// <summary>
/// Writes each message to <see cref="MailOptions.PickupDirectory"/> as one <c>.eml</c> file, named by its Message-Id so
/// a message tried again replaces its own file. Written under a temporary name first, so a reader never sees half.
/// </summary>
internal sealed class PickupDirectoryTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = options.Value.PickupDirectory;
        Directory.CreateDirectory(folder);
        var final = Path.Combine(folder, FileName(message.MessageId ?? throw new ArgumentException("A message to write has its Message-Id.", nameof(message))));
        var partial = final + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, final, overwrite: true);
    }

    public MailFailure Explain(Exception failure) => new(MailFailureKind.PickupFolder);

    private static string FileName(string messageId) =>
        string.Concat(messageId.Split('@')[0].Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_')) + ".eml";
}
