namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>A sheet too large for ClosedXML: its columns, and the rows it writes when its turn comes.</summary>
public sealed record StreamedSheet(string Name, IReadOnlyList<ReportColumn> Columns, Func<RowWriter, CancellationToken, Task> WriteRowsAsync);
