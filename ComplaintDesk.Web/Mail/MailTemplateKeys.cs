using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Web.Mail;

/// <summary>Where each kind's shipped templates are in the desk's resources: a message's subject and body, a handler's reply.</summary>
public static class MailTemplateKeys
{
    public static string Subject(MessageKind kind) => $"Mail.{kind}.Subject";

    public static string Body(MessageKind kind) => $"Mail.{kind}.Body";

    public static string Reply(MessageKind kind) => $"Reply.{kind}.Body";
}
