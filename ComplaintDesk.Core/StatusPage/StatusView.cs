using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>
/// A complaint as its complainant sees it through their status link (ISO 10002 7.3): never staff names, notes, the
/// assessment or anything about other complaints.
/// </summary>
/// <param name="DecisionExpectedBy">The respond clock's deadline while it runs; null once a decision was communicated.</param>
/// <param name="Decision">The decision while it stands (decided or closed); null before it and after it is rejected.</param>
/// <param name="Question">The desk's question while it awaits the complainant's information; null at any other stage.</param>
/// <param name="Moves">The complainant's moves possible now (<see cref="ComplainantMoves"/>).</param>
/// <param name="Language">The complainant's language, which the page opens in; null for the desk's default.</param>
/// <param name="ClosesWithoutReplyAt">While the decision awaits their verdict unanswered: when the desk closes the complaint without it (7.9).</param>
/// <param name="Satisfaction">How satisfied they said they are (8.3), once recorded.</param>
/// <param name="QuestionFiles">The files sent with <paramref name="Question"/>.</param>
public sealed record StatusView(
    string Reference,
    StatusStage Stage,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? DecisionExpectedBy,
    StatusDecision? Decision,
    string? Question,
    IReadOnlyList<ComplaintMove> Moves,
    string? Language = null,
    DateTimeOffset? ClosesWithoutReplyAt = null,
    int? Satisfaction = null,
    IReadOnlyList<StatusFile>? QuestionFiles = null)
{
    internal static StatusView Of(
        Complaint complaint, SentToTheComplainant sent, string? language, DateTimeOffset? closesWithoutReplyAt, ISlaSettings sla, DateTimeOffset now)
    {
        var respond = complaint.ClocksAt(sla, now).Single(c => c.Kind == ClockKind.Respond);
        var stands = complaint.Status is ComplaintStatus.DecisionCommunicated or ComplaintStatus.Closed;
        return new StatusView(
            complaint.Reference,
            StageOf(complaint.Status),
            complaint.ReceivedAt,
            complaint.AcknowledgedAt,
            respond.StoppedAt is null ? respond.Deadline : null,
            stands && complaint is { DecisionText: { } text, DecisionCommunicatedAt: { } at }
                ? new StatusDecision(text, complaint.Remedy is { } remedy ? [remedy] : [], at, sent.DecisionFiles)
                : null,
            complaint.Status == ComplaintStatus.AwaitingComplainant ? sent.Question : null,
            [.. ComplainantMoves.PossibleIn(complaint.Status).Where(move =>
                move != ComplaintMove.RecordSatisfaction || SatisfactionRecording.IsOpen(complaint.Status, complaint.Outcome, complaint.Satisfaction))],
            language,
            closesWithoutReplyAt,
            complaint.Satisfaction,
            complaint.Status == ComplaintStatus.AwaitingComplainant ? sent.QuestionFiles : []);
    }

    private static StatusStage StageOf(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => StatusStage.Received,
        ComplaintStatus.Acknowledged => StatusStage.Acknowledged,
        ComplaintStatus.AwaitingComplainant => StatusStage.Awaiting,
        ComplaintStatus.DecisionCommunicated => StatusStage.Decided,
        ComplaintStatus.Closed => StatusStage.Closed,
        ComplaintStatus.Withdrawn => StatusStage.Withdrawn,
        _ => StatusStage.Investigating,
    };
}
