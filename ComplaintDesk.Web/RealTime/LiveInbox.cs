using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Web.RealTime;

/// <summary>What a live screen has heard and not yet shown; emptied into a <see cref="LiveBatch"/> at each refresh.</summary>
internal sealed class LiveInbox
{
    public List<ComplaintChange> Complaints { get; private set; } = [];

    public List<LiveAlert> Alerts { get; private set; } = [];

    public List<MonthlyReportView> Reports { get; private set; } = [];

    public bool Reconnected { get; set; }

    public bool IsEmpty => Complaints.Count == 0 && Alerts.Count == 0 && Reports.Count == 0 && !Reconnected;

    public LiveBatch Take()
    {
        var batch = new LiveBatch(Complaints, Alerts, Reports, Reconnected);
        Complaints = [];
        Alerts = [];
        Reports = [];
        Reconnected = false;
        return batch;
    }
}
