namespace ComplaintDesk.Core.Mail;

/// <summary><c>Desk:Mail:Imap</c>: the mailbox complainants write to, polled when <see cref="Host"/> is set.</summary>
public sealed class ImapOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 993;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>True: TLS from the start on port 993, STARTTLS otherwise, and the server must offer it. False: plain text.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The folder whose unread messages are taken; each is marked read once its complaint is saved.</summary>
    public string Folder { get; set; } = "INBOX";
}
