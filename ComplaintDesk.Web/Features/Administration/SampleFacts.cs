using System.Globalization;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>Made-up facts a template's preview is filled with, in the template's language: what a real complaint would give.</summary>
public static class SampleFacts
{
    /// <summary>Written as the desk writes every reference, so the preview reads as the real message will.</summary>
    public static readonly string Reference = ComplaintReference.Format(2026, 42);

    public static MailFacts For(MessageKind kind, CultureInfo culture, IStringLocalizer<DeskText> text, DateTimeOffset now, string statusLink) =>
        InCulture.Run(culture, () => new MailFacts(
            kind,
            Reference,
            text["Templates.Sample.Name"].Value,
            now.AddDays(-1),
            now.AddDays(5),
            statusLink,
            text["Templates.Sample.Question"].Value,
            text["Templates.Sample.Decision"].Value,
            RemedyType.Refund,
            culture.Name));
}
