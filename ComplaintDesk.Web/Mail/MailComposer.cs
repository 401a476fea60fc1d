using System.Globalization;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Mail;

/// <summary>
/// Words the desk's messages to complainants: the kind's template (an administrator's, else the shipped one) in the
/// complainant's language, or the desk's when they have none, its placeholders filled the way that language writes them.
/// </summary>
public sealed class MailComposer(TemplateWords words, PlaceholderValues values, IOptions<DeskCultureOptions> cultures) : IMailComposer
{
    public async Task<ComposedMail> ComposeAsync(MailFacts facts, CancellationToken cancellationToken)
    {
        var desk = cultures.Value;
        var culture = CultureInfo.GetCultureInfo(desk.Find(facts.Language) ?? desk.Find(desk.DefaultCulture)!);
        var template = await words.ForAsync(TemplatePurpose.Mail, facts.Kind, culture, cancellationToken);
        var filled = values.Of(facts, culture);
        return new ComposedMail(culture.Name, MailPlaceholders.Fill(template.Subject!, filled), MailPlaceholders.Fill(template.Body, filled));
    }
}
