using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Jobs;

/// <summary>Fires when a breach alert has waited <c>Desk:Escalation:UnhandledAfter</c> for acknowledgement.</summary>
public sealed class UnhandledCheckJob(EscalationChecks checks, TimeProvider time)
{
    /// <param name="at">The instant the trigger was set for: a job fired a moment before it waits for it.</param>
    public async Task RunAsync(long alertId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await EarlyTriggers.WaitForAsync(at, time, cancellationToken);
        await checks.CheckUnhandledAsync(alertId, cancellationToken);
    }
}
