namespace ComplaintDesk.Core.Mail;

/// <summary>
/// <c>Desk:Mail</c>: where the desk's mail to complainants goes. With <see cref="SmtpOptions.Host"/> set it is sent by
/// SMTP; otherwise every message is written to <see cref="PickupDirectory"/> as one <c>.eml</c> file (the embedded
/// default, a folder beside the database, which a mail server's pickup service or a person can read). Mail from
/// complainants comes in as <c>.eml</c> files dropped into <see cref="InboundDirectory"/> and, with
/// <see cref="ImapOptions.Host"/> set, from that mailbox too.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Desk:Mail";

    public string PickupDirectory { get; set; } = "App_Data/mail/outgoing";

    /// <summary>The sender of every message, e.g. <c>Complaints &lt;complaints@example.com&gt;</c>.</summary>
    public string From { get; set; } = "ComplaintDesk <complaints@complaintdesk.invalid>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where <c>.eml</c> files to take in are dropped; the desk keeps its work in subfolders of it.</summary>
    public string InboundDirectory { get; set; } = "App_Data/mail/incoming";

    public ImapOptions Imap { get; set; } = new();

    public bool SendsBySmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public bool ReceivesByImap => !string.IsNullOrWhiteSpace(Imap.Host);
}
