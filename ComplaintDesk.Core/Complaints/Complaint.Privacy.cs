using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>Erasing the complainant's personal data (ISO 10002 4.10): the complaint, its timeline and its counts stay.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Replaces the complainant's name and contacts and records it on the timeline, without the data.
    /// Any state will do: an erasure request may come while the complaint is open.
    /// </summary>
    internal void AnonymisePersonalData(Stamp stamp, DeskMessage what, string? reason)
    {
        if (Complainant.AnonymisedAt is { } at)
        {
            throw new MoveRefusedException(DeskMessage.Of(ComplaintKeys.AlreadyAnonymised, Reference, at));
        }

        Complainant.Anonymise(stamp.At);
        Record(ComplaintMove.AnonymisePersonalData, Status, stamp, what, reason);
    }
}
