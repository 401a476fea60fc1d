using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>What the complainant adds through their status link (ISO 10002 7.6).</summary>
public sealed partial class Complaint
{
    /// <summary>The complainant's own words; when the desk was awaiting them, the paused clocks run again, as on resuming.</summary>
    public void AddComplainantInformation(string? text, Stamp stamp)
    {
        var next = Check(ComplaintMove.ComplainantInformation);
        new FieldErrors().RequiredText("text", text, TextLimits.LongText, DeskMessage.Of(StatusPageKeys.InformationMissing)).ThrowIfAny();
        var resumed = _pauses.SingleOrDefault(p => p.To is null);
        resumed?.End(stamp.At);
        Record(ComplaintMove.ComplainantInformation, next, stamp,
            DeskMessage.Of(resumed is null ? EventKeys.ComplainantInformation : EventKeys.ComplainantInformationResumed), text);
    }
}
