namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>The Excel type of a column: text, counts (whole numbers), hours with one decimal, percentages, local date-times.</summary>
public enum CellKind
{
    Text,
    Count,
    Hours,
    Percent,
    DateTime,
    Date,
}
