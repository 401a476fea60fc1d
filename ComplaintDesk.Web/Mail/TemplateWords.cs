using System.Globalization;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Mail;

/// <summary>A template's words in a language: an administrator's where one was saved, else the shipped ones from the resources.</summary>
public sealed class TemplateWords(IStringLocalizer<DeskText> text, ITemplateDesk templates)
{
    public async Task<TemplateText> ForAsync(TemplatePurpose purpose, MessageKind kind, CultureInfo culture, CancellationToken cancellationToken) =>
        await templates.FindAsync(purpose, kind, culture.Name, cancellationToken) is { } saved
            ? new TemplateText(saved.Subject, saved.Body)
            : Shipped(purpose, kind, culture);

    public TemplateText Shipped(TemplatePurpose purpose, MessageKind kind, CultureInfo culture) => InCulture.Run(culture, () =>
        purpose == TemplatePurpose.Mail
            ? new TemplateText(text[MailTemplateKeys.Subject(kind)].Value, text[MailTemplateKeys.Body(kind)].Value)
            : new TemplateText(null, text[MailTemplateKeys.Reply(kind)].Value));
}
