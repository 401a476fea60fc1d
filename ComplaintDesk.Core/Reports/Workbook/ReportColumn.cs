namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>A column of a workbook sheet: header, width in characters (set by hand: measuring text needs GDI) and type.</summary>
public sealed record ReportColumn(string Header, double Width, CellKind Kind);
