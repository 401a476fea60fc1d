using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// A complaint as API v1 answers it: one flat document, whatever parts the desk reads it in, its timeline in the caller's
/// language. Fields added since the first version come last, so every earlier one keeps its place.
/// </summary>
public sealed record ComplaintResponse(
    string Reference,
    ComplaintStatus Status,
    Priority Priority,
    string? Category,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    string ProductOrService,
    string Description,
    string? DesiredOutcome,
    string? SubjectStaffEmail,
    string? Assignee,
    string? FirstHandler,
    int EscalationLevel,
    IReadOnlyList<string> BarredFromDeciding,
    DateTimeOffset? AcknowledgedAt,
    RemedyType? Remedy,
    string? ResponseText,
    Channel? DecisionChannel,
    string? DecisionText,
    DateTimeOffset? DecisionCommunicatedAt,
    ClosingOutcome? Outcome,
    int? Satisfaction,
    string? SatisfactionComment,
    string? RootCause,
    DateTimeOffset? ClosedAt,
    int Version,
    IReadOnlyList<SlaClock> Clocks,
    IReadOnlyList<TimelineEntryResponse> Timeline,
    ComplainantView? Complainant,
    string? CorrectiveAction)
{
    public static ComplaintResponse From(ComplaintDetails complaint, IStringLocalizer<DeskText> text)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var (intake, assignment, decision, closing) = (complaint.Intake, complaint.Assignment, complaint.Decision, complaint.Closing);
        return new(
            complaint.Reference, complaint.Status, complaint.Priority, complaint.Category, intake.Channel, intake.ReceivedAt,
            intake.RegisteredAt, intake.ProductOrService, intake.Description, intake.DesiredOutcome, assignment.SubjectStaffEmail,
            assignment.Assignee, assignment.FirstHandler, assignment.EscalationLevel, assignment.BarredFromDeciding, intake.AcknowledgedAt,
            decision.Remedy, decision.ResponseText, decision.Channel, decision.Text, decision.CommunicatedAt,
            closing.Outcome, closing.Satisfaction, closing.SatisfactionComment, closing.RootCause, closing.ClosedAt,
            complaint.Version, complaint.Clocks, [.. complaint.Timeline.Select(entry => TimelineEntryResponse.From(complaint.Reference, entry, text))], complaint.Complainant,
            closing.CorrectiveAction);
    }
}
