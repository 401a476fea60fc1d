using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Tests.Components;

/// <summary>Lists the months a test set up, as if the database held those runs; the page builds through the job queue, never here.</summary>
public sealed class ScriptedMonthlyReports : IMonthlyReports
{
    private IReadOnlyList<MonthlyReportSummary> _months = [];

    public int Listed { get; private set; }

    /// <summary>Replaces what the database holds, newest month first as Core lists them.</summary>
    public void Holds(params MonthlyReportSummary[] months) => _months = months;

    public Task<IReadOnlyList<MonthlyReportSummary>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        Listed++;
        return Task.FromResult(_months);
    }

    public Task<MonthlyReportView> BuildAsync(string month, Actor actor, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The Reports page builds through the job queue.");

    public Task<ReportFile?> OpenAsync(string month, Actor actor, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Workbooks are downloaded from the API, not through the page.");

    public Task WriteWithPersonalDataAsync(string month, Actor actor, Stream output, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Workbooks are downloaded from the API, not through the page.");
}
