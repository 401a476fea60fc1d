using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Jobs;

/// <summary>Fires when a breach alert has waited <c>Desk:Escalation:UnhandledAfter</c> for acknowledgement.</summary>
public sealed class UnhandledCheckJob(EscalationChecks checks)
{
    public Task RunAsync(long alertId, CancellationToken cancellationToken) =>
        checks.CheckUnhandledAsync(alertId, cancellationToken);
}
