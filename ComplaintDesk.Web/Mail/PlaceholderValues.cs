using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Mail;

/// <summary>What each placeholder says for a message's facts, written the way the message's language writes it, times in the desk's zone.</summary>
public sealed class PlaceholderValues(IStringLocalizer<DeskText> text, DeskTimeZone zone)
{
    public IReadOnlyDictionary<string, string> Of(MailFacts facts, CultureInfo culture) => InCulture.Run(culture, () => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MailPlaceholders.Reference] = facts.Reference,
        [MailPlaceholders.Name] = facts.ComplainantName,
        [MailPlaceholders.ReceivedAt] = Instant(facts.ReceivedAt, culture),
        [MailPlaceholders.DecisionExpectedBy] = facts.DecisionExpectedBy is { } by ? Instant(by, culture) : "",
        [MailPlaceholders.StatusLink] = facts.StatusLink,
        [MailPlaceholders.Question] = facts.Question ?? "",
        [MailPlaceholders.Decision] = facts.Decision ?? "",
        [MailPlaceholders.Remedy] = facts.Remedy is { } remedy ? text[$"Remedy.{remedy}"].Value : "",
    });

    private string Instant(DateTimeOffset at, CultureInfo culture) => TimeZoneInfo.ConvertTime(at, zone.Zone).ToString("f", culture);
}
