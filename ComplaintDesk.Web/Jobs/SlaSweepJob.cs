using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Jobs;

/// <summary>Every minute, and once at start: whatever is due that no trigger caught, and the reminders.</summary>
public sealed partial class SlaSweepJob(EscalationChecks checks, ILogger<SlaSweepJob> logger)
{
    public const string Id = "sla-sweep";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await checks.SweepAsync(cancellationToken);
        if (result.AlertsRaised > 0 || result.Reminded > 0)
        {
            LogSwept(result.ComplaintsChecked, result.AlertsRaised, result.Reminded);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA sweep checked {Complaints} complaints, raised {Raised} alerts, sent {Reminded} reminders")]
    private partial void LogSwept(int complaints, int raised, int reminded);
}
