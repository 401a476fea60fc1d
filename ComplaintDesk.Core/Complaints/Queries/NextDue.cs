using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The clock that falls due first, for a queue row; nothing is due while the complaint is paused or finished.</summary>
public sealed record NextDue(ClockKind? Kind, DateTimeOffset? Deadline, DateTimeOffset? WarningAt, bool Paused)
{
    public ClockState? StateAt(DateTimeOffset now) =>
        Paused ? ClockState.Paused
        : Deadline is { } deadline ? ClockMath.StateAt(deadline, WarningAt ?? deadline, null, false, now)
        : null;
}
