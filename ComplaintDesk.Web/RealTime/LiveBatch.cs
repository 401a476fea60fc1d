using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Web.RealTime;

/// <summary>
/// What a live screen heard since it last refreshed, in the order heard. <see cref="Reconnected"/> means
/// the hub connection dropped, or the person asked to try again: something may have been missed, so
/// everything shown is read again.
/// </summary>
public sealed record LiveBatch(
    IReadOnlyList<ComplaintChange> Complaints,
    IReadOnlyList<LiveAlert> Alerts,
    IReadOnlyList<MonthlyReportView> Reports,
    bool Reconnected)
{
    public static readonly LiveBatch Everything = new([], [], [], Reconnected: true);
}
