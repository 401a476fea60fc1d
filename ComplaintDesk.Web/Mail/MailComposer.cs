using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Mail;

/// <summary>
/// Words the desk's messages to complainants: the kind's template in the desk's language, its placeholders filled with
/// values written the way that language writes them, times in the desk's time zone.
/// </summary>
public sealed class MailComposer(IStringLocalizer<DeskText> text, InDeskCulture desk, DeskTimeZone zone) : IMailComposer
{
    public Task<ComposedMail> ComposeAsync(MailFacts facts, CancellationToken cancellationToken)
    {
        var culture = desk.Culture;
        var (subject, body, values) = desk.Run(() => (
            text[MailTemplateKeys.Subject(facts.Kind)].Value,
            text[MailTemplateKeys.Body(facts.Kind)].Value,
            Values(facts, culture)));
        return Task.FromResult(new ComposedMail(culture.Name, MailPlaceholders.Fill(subject, values), MailPlaceholders.Fill(body, values)));
    }

    private Dictionary<string, string> Values(MailFacts facts, CultureInfo culture) => new(StringComparer.Ordinal)
    {
        [MailPlaceholders.Reference] = facts.Reference,
        [MailPlaceholders.Name] = facts.ComplainantName,
        [MailPlaceholders.ReceivedAt] = Instant(facts.ReceivedAt, culture),
        [MailPlaceholders.DecisionExpectedBy] = facts.DecisionExpectedBy is { } by ? Instant(by, culture) : "",
        [MailPlaceholders.StatusLink] = facts.StatusLink,
        [MailPlaceholders.Question] = facts.Question ?? "",
        [MailPlaceholders.Decision] = facts.Decision ?? "",
        [MailPlaceholders.Remedy] = facts.Remedy is { } remedy ? text[$"Remedy.{remedy}"].Value : "",
    };

    private string Instant(DateTimeOffset at, CultureInfo culture) => TimeZoneInfo.ConvertTime(at, zone.Zone).ToString("f", culture);
}
