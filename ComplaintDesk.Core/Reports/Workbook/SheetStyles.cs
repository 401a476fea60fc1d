namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>The style index of each column's cells, and of its text cells that must keep a quote prefix.</summary>
internal sealed record SheetStyles(string[] Plain, string[] QuotePrefixed);
