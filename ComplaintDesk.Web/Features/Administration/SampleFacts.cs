using System.Globalization;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>Made-up facts a template's preview is filled with, in the template's language: what a real complaint would give.</summary>
public static class SampleFacts
{
    public const string Reference = "2026-000042";

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
