using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Jobs;

/// <summary>Fires at a complaint's next warning or deadline; Core decides what, if anything, to raise.</summary>
public sealed class SlaCheckJob(EscalationChecks checks, TimeProvider time)
{
    /// <param name="at">The instant the trigger was set for: a job fired a moment before it waits for it.</param>
    public async Task RunAsync(long complaintId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await EarlyTriggers.WaitForAsync(at, time, cancellationToken);
        await checks.CheckComplaintAsync(complaintId, cancellationToken);
    }
}
