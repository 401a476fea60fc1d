using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>
/// The clock that falls due first, for a queue row. <see cref="Kind"/>, <see cref="Deadline"/> and <see cref="WarningAt"/>
/// are null while the complaint is paused or finished; <see cref="Clock"/> is that clock's full reading, the same as
/// the complaint page shows, and stays there while paused (a clock that breached before the pause reads as breached).
/// </summary>
public sealed record NextDue(ClockKind? Kind, DateTimeOffset? Deadline, DateTimeOffset? WarningAt, bool Paused, SlaClock? Clock = null)
{
    /// <summary>The clock a row shows: of those not stopped, the one whose deadline comes first.</summary>
    public static SlaClock? FirstOf(IEnumerable<SlaClock> clocks) => clocks.Where(c => c.StoppedAt is null).MinBy(c => c.Deadline);
}
