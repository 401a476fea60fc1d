using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Web.Mail;

/// <summary>Where each kind's shipped template is in the desk's resources.</summary>
public static class MailTemplateKeys
{
    public static string Subject(MessageKind kind) => $"Mail.{kind}.Subject";

    public static string Body(MessageKind kind) => $"Mail.{kind}.Body";
}
