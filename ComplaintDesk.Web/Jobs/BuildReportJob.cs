using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Web.Jobs;

/// <summary>"Build now" from the Reports page, run in the background so the page stays responsive.</summary>
public sealed class BuildReportJob(IMonthlyReports reports)
{
    public Task RunAsync(string month, string userId, string email, IReadOnlyCollection<DeskRole> roles, CancellationToken cancellationToken) =>
        reports.BuildAsync(month, new Actor(userId, email, roles.ToHashSet()), cancellationToken);
}
