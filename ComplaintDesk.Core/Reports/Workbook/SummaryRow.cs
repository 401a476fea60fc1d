namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>One line of the Summary sheet: a measure in words and its value (null shows as blank).</summary>
public sealed record SummaryRow(string Measure, object? Value, CellKind Kind);
