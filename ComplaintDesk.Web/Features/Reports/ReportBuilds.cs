using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Jobs;
using Hangfire;

namespace ComplaintDesk.Web.Features.Reports;

/// <summary>"Build now" goes through the job queue, so the page stays responsive and the hub says when it is done.</summary>
public static class ReportBuilds
{
    public static string Enqueue(IBackgroundJobClient jobs, string month, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The job runs outside this circuit: it gets who asked, not the circuit's signed-in user.
        var (userId, email) = (actor.UserId, actor.Email);
        DeskRole[] roles = [.. actor.Roles];
        return jobs.Enqueue<BuildReportJob>(job => job.RunAsync(month, userId, email, roles, CancellationToken.None));
    }
}
