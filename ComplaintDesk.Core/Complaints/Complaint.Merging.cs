using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// Merging a duplicate: this complaint closes as merged and the other carries on for both, each timeline
/// naming the other (ISO 10002 4.9) so neither history is lost.
/// </summary>
public sealed partial class Complaint
{
    public void MergeInto(Complaint other, Stamp stamp)
    {
        var next = Check(ComplaintMove.Merge);
        if (ReferenceEquals(other, this))
        {
            throw InvalidInputException.For("into", DeskMessage.Of(ComplaintKeys.MergeIntoItself));
        }

        if (!other.Status.IsOpen())
        {
            throw new MoveRefusedException(
                DeskMessage.Of(ComplaintKeys.MergeIntoFinished, other.Reference, ComplaintKeys.Describe(other.Status)));
        }

        Outcome = ClosingOutcome.Merged;
        MergedIntoId = other.Id;
        EndEarly(stamp.At);
        Record(ComplaintMove.Merge, next, stamp, DeskMessage.Of(EventKeys.MergedInto, other.Reference));
        other.Record(ComplaintMove.DuplicateMergedIn, other.Status, stamp, DeskMessage.Of(EventKeys.DuplicateMergedIn, Reference));
    }
}
