using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>What the organisation learns from a complaint (ISO 10002 8.3, 8.5–8.7): satisfaction, root cause, corrective action.</summary>
public sealed partial class Complaint
{
    public void RecordSatisfaction(int? satisfaction, string? comment, Stamp stamp)
    {
        var next = Check(ComplaintMove.RecordSatisfaction);
        if (!SatisfactionRecording.IsOpen(Status, Outcome, Satisfaction))
        {
            throw new MoveRefusedException(Outcome == ClosingOutcome.Merged
                ? DeskMessage.Of(ComplaintKeys.NoSatisfactionWhenMerged)
                : DeskMessage.Of(ComplaintKeys.SatisfactionAlreadyRecorded, Satisfaction!.Value));
        }

        var errors = new FieldErrors()
            .Required("satisfaction", satisfaction, DeskMessage.Of(ComplaintKeys.SatisfactionMissing))
            .MaxLength("comment", comment, TextLimits.MediumText);
        CheckSatisfaction(satisfaction, errors);
        errors.ThrowIfAny();
        Satisfaction = satisfaction;
        SatisfactionComment = Blank(comment);
        Record(ComplaintMove.RecordSatisfaction, next, stamp, DeskMessage.Of(EventKeys.SatisfactionRecorded, satisfaction!.Value), comment);
    }

    /// <summary>Recorded again as the cause becomes clearer; each time is its own timeline event.</summary>
    public void RecordRootCause(string? rootCause, string? correctiveAction, Stamp stamp)
    {
        var next = Check(ComplaintMove.RecordRootCause);
        new FieldErrors()
            .RequiredText("rootCause", rootCause, TextLimits.ShortText, DeskMessage.Of(ComplaintKeys.RootCauseMissing))
            .MaxLength("correctiveAction", correctiveAction, TextLimits.Name)
            .ThrowIfAny();
        RootCause = rootCause!.Trim();
        CorrectiveAction = Blank(correctiveAction);
        Record(ComplaintMove.RecordRootCause, next, stamp,
            CorrectiveAction is { } action
                ? DeskMessage.Of(EventKeys.RootCauseRecordedWithAction, action)
                : DeskMessage.Of(EventKeys.RootCauseRecorded),
            RootCause);
    }

    private static void CheckSatisfaction(int? satisfaction, FieldErrors errors)
    {
        if (satisfaction is < 1 or > 5)
        {
            errors.Add("satisfaction", DeskMessage.Of(ComplaintKeys.SatisfactionRange));
        }
    }
}
