namespace ComplaintDesk.Web.Features.Reports;

/// <summary>Where a month's workbook stands, from its latest run (or a build asked for on this page).</summary>
public enum ReportStatus
{
    Ready,
    Building,
    Failed,
}
