namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>A month on the Reports page: its workbook (the latest successful run), its latest run of any outcome, and how many runs it had.</summary>
public sealed record MonthlyReportSummary(string Month, MonthlyReportView? Workbook, MonthlyReportView Latest, int Runs);
