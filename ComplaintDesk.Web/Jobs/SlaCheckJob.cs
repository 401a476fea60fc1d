using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Jobs;

/// <summary>Fires at a complaint's next warning or deadline; Core decides what, if anything, to raise.</summary>
public sealed class SlaCheckJob(EscalationChecks checks)
{
    public Task RunAsync(long complaintId, CancellationToken cancellationToken) =>
        checks.CheckComplaintAsync(complaintId, cancellationToken);
}
