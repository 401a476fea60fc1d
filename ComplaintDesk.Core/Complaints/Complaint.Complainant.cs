using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>What the complainant adds through their status link (ISO 10002 7.6), and their details corrected (4.9).</summary>
public sealed partial class Complaint
{
    /// <summary>The complainant's own words; when the desk was awaiting them, the paused clocks run again, as on resuming.</summary>
    /// <returns>The event that records them, for what came with them.</returns>
    public TimelineEvent AddComplainantInformation(string? text, Stamp stamp)
    {
        var next = Check(ComplaintMove.ComplainantInformation);
        new FieldErrors().RequiredText("text", text, TextLimits.LongText, DeskMessage.Of(StatusPageKeys.InformationMissing)).ThrowIfAny();
        var resumed = _pauses.SingleOrDefault(p => p.To is null);
        resumed?.End(stamp.At);
        Record(ComplaintMove.ComplainantInformation, next, stamp,
            DeskMessage.Of(resumed is null ? EventKeys.ComplainantInformation : EventKeys.ComplainantInformationResumed), text);
        return LatestEvent;
    }

    /// <summary>
    /// A mistyped address or a new phone number put right while the complaint is open: the timeline says which details
    /// changed, never what they were or became (4.10). Needs <see cref="Complainant"/> loaded.
    /// </summary>
    internal void CorrectComplainant(ComplainantRules.Valid details, Stamp stamp)
    {
        var next = Check(ComplaintMove.CorrectComplainant);
        if (Complainant.AnonymisedAt is not null)
        {
            throw new MoveRefusedException(DeskMessage.Of(ComplaintKeys.ComplainantAnonymised));
        }

        var changed = Complainant.Correct(details);
        if (changed.Count == 0)
        {
            throw new MoveRefusedException(DeskMessage.Of(ComplaintKeys.NothingCorrected));
        }

        Record(ComplaintMove.CorrectComplainant, next, stamp,
            DeskMessage.Of(EventKeys.ComplainantCorrected, DeskMessage.AllOf(changed.Select(ComplaintKeys.Field))));
    }
}
