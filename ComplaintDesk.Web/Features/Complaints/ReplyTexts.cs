using System.Globalization;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Mail;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>A handler's reply template for a move, in a language, filled with what the complaint already says.</summary>
public sealed class ReplyTexts(TemplateWords words, PlaceholderValues values)
{
    public async Task<string> ForAsync(MessageKind kind, ComplaintDetails complaint, CultureInfo culture, CancellationToken cancellationToken)
    {
        var template = await words.ForAsync(TemplatePurpose.Reply, kind, culture, cancellationToken);
        var facts = new MailFacts(
            kind,
            complaint.Reference,
            complaint.Complainant?.Name ?? "",
            complaint.Intake.ReceivedAt,
            complaint.Clocks.SingleOrDefault(c => c.Kind == ClockKind.Respond)?.Deadline,
            "",
            Remedy: complaint.Decision.Remedy);
        return MailPlaceholders.Fill(template.Body, values.Of(facts, culture));
    }
}
