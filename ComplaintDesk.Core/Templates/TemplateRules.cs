using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Templates;

/// <summary>
/// What a template must satisfy to be saved: its text, and placeholders as <see cref="MailPlaceholders"/> allows and
/// requires them for its purpose and kind. Every problem is named at once, on the field it is in.
/// </summary>
public static class TemplateRules
{
    public const int SubjectLimit = 300;

    public static void Check(TemplatePurpose purpose, MessageKind kind, string? subject, string? body, FieldErrors errors)
    {
        var known = MailPlaceholders.Known(purpose, kind);
        errors.RequiredText("body", body, TextLimits.LongText, DeskMessage.Of(TemplateKeys.BodyMissing));
        Unknown("body", body, known, errors);
        Missing("body", body, MailPlaceholders.RequiredInBody(purpose, kind), errors);
        if (purpose == TemplatePurpose.Mail)
        {
            errors.RequiredText("subject", subject, SubjectLimit, DeskMessage.Of(TemplateKeys.SubjectMissing));
            Unknown("subject", subject, known, errors);
            Missing("subject", subject, MailPlaceholders.RequiredInSubject, errors);
        }
    }

    private static void Unknown(string field, string? text, IReadOnlyList<string> known, FieldErrors errors)
    {
        foreach (var name in MailPlaceholders.Named(text ?? "").Where(n => !known.Contains(n)))
        {
            errors.Add(field, DeskMessage.Of(TemplateKeys.UnknownPlaceholder, name, string.Join(", ", known.Select(k => $"{{{k}}}"))));
        }
    }

    private static void Missing(string field, string? text, IReadOnlyList<string> required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var named = MailPlaceholders.Named(text);
        foreach (var name in required.Where(r => !named.Contains(r)))
        {
            errors.Add(field, DeskMessage.Of(TemplateKeys.MissingPlaceholder, name));
        }
    }
}
