using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>
/// The list row of a complaint as it stands after a change, read once for every screen that heard the
/// change rather than once per screen; see <see cref="ChangedComplaints"/>.
/// </summary>
public interface IChangedComplaints
{
    /// <summary>The row at the change's version or later, shaped for <paramref name="actor"/>; null when the complaint is gone.</summary>
    Task<ComplaintSummary?> ReadAsync(ComplaintChange change, Actor actor, CancellationToken cancellationToken);
}
