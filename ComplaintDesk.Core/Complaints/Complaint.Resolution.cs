using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints;

/// <summary>The moves from the response to the end (ISO 10002 7.7–7.9, Annex H).</summary>
public sealed partial class Complaint
{
    public void ProposeResponse(RemedyType? remedy, string? text, Stamp stamp)
    {
        var next = Check(ComplaintMove.ProposeResponse);
        new FieldErrors()
            .Required("remedy", remedy, DeskMessage.Of(ComplaintKeys.RemedyMissing))
            .RequiredText("text", text, TextLimits.LongText, DeskMessage.Of(ComplaintKeys.ResponseMissing))
            .ThrowIfAny();
        Remedy = remedy;
        ResponseText = text!.Trim();
        Record(ComplaintMove.ProposeResponse, next, stamp, DeskMessage.Of(EventKeys.ResponseProposed, remedy!.Value), text);
    }

    /// <returns>The event that records it, for the files sent with the decision.</returns>
    public TimelineEvent CommunicateDecision(Channel? channel, string? text, Stamp stamp)
    {
        var next = Check(ComplaintMove.CommunicateDecision);
        new FieldErrors()
            .Required("channel", channel, DeskMessage.Of(ComplaintKeys.DecisionChannel))
            .RequiredText("text", text, TextLimits.LongText, DeskMessage.Of(ComplaintKeys.DecisionMissing))
            .ThrowIfAny();
        DecisionChannel = channel;
        DecisionText = text!.Trim();
        DecisionCommunicatedAt = stamp.At;
        DecisionCommunicatedBy = stamp.Actor.Email.ToLowerInvariant();
        StopClock(ClockKind.Respond, stamp.At);
        Record(ComplaintMove.CommunicateDecision, next, stamp, DeskMessage.Of(EventKeys.DecisionCommunicated, channel!.Value), text);
        return LatestEvent;
    }

    public void Close(ClosingOutcome? outcome, int? satisfaction, string? comment, string? rootCause, Stamp stamp)
    {
        var next = Check(ComplaintMove.Close);
        var errors = new FieldErrors()
            .Required("outcome", outcome, DeskMessage.Of(ComplaintKeys.OutcomeMissing))
            .MaxLength("comment", comment, TextLimits.MediumText)
            .MaxLength("rootCause", rootCause, TextLimits.ShortText);
        CheckSatisfaction(satisfaction, errors);
        if (outcome is { } named && !ClosingOutcomes.Chosen.Contains(named))
        {
            errors.Add("outcome", DeskMessage.Of(ComplaintKeys.MergedOnlyByMerging));
        }

        errors.ThrowIfAny();
        Outcome = outcome;
        Satisfaction = satisfaction;
        SatisfactionComment = Blank(comment);
        RootCause = Blank(rootCause);
        ClosedAt = stamp.At;
        StopClock(ClockKind.Resolve, stamp.At);
        Record(ComplaintMove.Close, next, stamp,
            satisfaction is { } score
                ? DeskMessage.Of(EventKeys.ClosedWithSatisfaction, outcome!.Value, score)
                : DeskMessage.Of(EventKeys.Closed, outcome!.Value),
            comment);
    }

    /// <summary>
    /// ISO 10002 7.9: the complainant neither accepted nor rejected the decision, nor wrote at all, by
    /// <paramref name="due"/> (<see cref="UnansweredDecision.ClosingAt"/>; null once they answered); the complaint closes
    /// with no satisfaction recorded.
    /// </summary>
    public void CloseForNoReply(DateTimeOffset? due, int days, Stamp stamp)
    {
        var next = Check(ComplaintMove.Close);
        if (due is null || stamp.At < due)
        {
            throw new MoveRefusedException(DeskMessage.Of(ComplaintKeys.ReplyStillPossible));
        }

        Outcome = ClosingOutcome.NoReply;
        ClosedAt = stamp.At;
        StopClock(ClockKind.Resolve, stamp.At);
        Record(ComplaintMove.Close, next, stamp, DeskMessage.Of(EventKeys.ClosedForNoReply, days));
    }

    /// <summary>The complainant rejects the decision: back into investigation, one level up (Annex H).</summary>
    public void RejectDecision(string? reason, Stamp stamp)
    {
        var next = Check(ComplaintMove.RejectDecision);
        RequireReason(reason, DeskMessage.Of(ComplaintKeys.RejectionReason));
        EscalationLevel = Math.Min(EscalationLevel + 1, EscalationLevels.Highest);
        BarFromDeciding(DecisionCommunicatedBy);
        Record(ComplaintMove.RejectDecision, next, stamp,
            DeskMessage.Of(EventKeys.DecisionRejected, EscalationLevel, ComplaintKeys.Level(EscalationLevel)), reason);
    }

    public void Withdraw(string? reason, Stamp stamp)
    {
        var next = Check(ComplaintMove.Withdraw);
        RequireReason(reason, DeskMessage.Of(ComplaintKeys.WithdrawalReason));
        EndEarly(stamp.At);
        Record(ComplaintMove.Withdraw, next, stamp, DeskMessage.Of(EventKeys.Withdrawn), reason);
    }

    public void Escalate(string? reason, Stamp stamp)
    {
        var next = Check(ComplaintMove.Escalate);
        RequireReason(reason, DeskMessage.Of(ComplaintKeys.EscalationReason));
        if (EscalationLevel >= EscalationLevels.Highest)
        {
            throw new MoveRefusedException(
                DeskMessage.Of(ComplaintKeys.HighestLevel, EscalationLevels.Highest, ComplaintKeys.Level(EscalationLevels.Highest)));
        }

        EscalationLevel++;
        BarFromDeciding(AssigneeEmail);
        Record(ComplaintMove.Escalate, next, stamp,
            DeskMessage.Of(EventKeys.Escalated, EscalationLevel, ComplaintKeys.Level(EscalationLevel)), reason);
    }

    /// <summary>Finished before its course ran (withdrawn, merged): no clock runs on and no pause stays open.</summary>
    private void EndEarly(DateTimeOffset at)
    {
        ClosedAt = at;
        _pauses.SingleOrDefault(p => p.To is null)?.End(at);
        foreach (var kind in Enum.GetValues<ClockKind>())
        {
            StopClock(kind, at);
        }
    }

    private static void RequireReason(string? reason, DeskMessage message) =>
        new FieldErrors().RequiredText("reason", reason, TextLimits.MediumText, message).ThrowIfAny();
}
