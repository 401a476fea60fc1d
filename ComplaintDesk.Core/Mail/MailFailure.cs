namespace ComplaintDesk.Core.Mail;

/// <summary>Why a try failed (with the SMTP status code, when a server answered), and whether trying again could help.</summary>
public sealed record MailFailure(MailFailureKind Kind, int? SmtpStatus = null)
{
    /// <summary>A refused address or message will be refused again.</summary>
    public bool Permanent => Kind == MailFailureKind.Refused;
}
