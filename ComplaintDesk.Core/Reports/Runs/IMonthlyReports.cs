using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>The monthly workbooks: listing, building (now or on schedule), downloading, and the audited export with personal data.</summary>
public interface IMonthlyReports
{
    Task<IReadOnlyList<MonthlyReportSummary>> ListAsync(Actor actor, CancellationToken cancellationToken);

    Task<MonthlyReportView> BuildAsync(string month, Actor actor, CancellationToken cancellationToken);

    /// <summary>null when the month has no stored workbook.</summary>
    Task<ReportFile?> OpenAsync(string month, Actor actor, CancellationToken cancellationToken);

    /// <summary>The month's workbook with the complainants' names and contacts, built on the spot and recorded in the audit trail.</summary>
    Task WriteWithPersonalDataAsync(string month, Actor actor, Stream output, CancellationToken cancellationToken);
}
