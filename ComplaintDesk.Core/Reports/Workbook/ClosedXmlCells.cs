using ClosedXML.Excel;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>The styled sheets' look and typed cells, through ClosedXML (no text measuring: that needs GDI).</summary>
internal static class ClosedXmlCells
{
    private static readonly XLColor _headerFill = XLColor.FromHtml("#1F4E79");

    public static void Header(IXLWorksheet sheet, IReadOnlyList<ReportColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(1, i + 1);
            Set(cell, columns[i].Header, CellKind.Text);
            cell.Style.Font.Bold = true;
            cell.Style.Font.FontColor = XLColor.White;
            cell.Style.Fill.BackgroundColor = _headerFill;
            cell.Style.Alignment.WrapText = true;
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.SheetView.FreezeRows(1);
    }

    public static void Filter(IXLWorksheet sheet, int columns, int lastRow) =>
        sheet.Range(1, 1, Math.Max(lastRow, 1), columns).SetAutoFilter();

    /// <summary>Writes a value with its Excel type; text never becomes a formula, a number or a date.</summary>
    public static void Set(IXLCell cell, object? value, CellKind kind, TimeZoneInfo? zone = null)
    {
        switch (value)
        {
            case null:
                return;
            case DateTimeOffset instant:
                cell.SetValue(TimeZoneInfo.ConvertTime(instant, zone ?? TimeZoneInfo.Utc).DateTime);
                break;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                break;
            case int number:
                cell.SetValue(number);
                break;
            case double number when double.IsFinite(number):
                cell.SetValue(number);
                break;
            case double:
                return;
            default:
                var text = value.ToString() ?? "";
                cell.SetValue(text);
                cell.Style.IncludeQuotePrefix = SpreadsheetText.LooksLikeFormula(text);
                break;
        }

        if (CellFormats.For(kind) is { } format)
        {
            cell.Style.NumberFormat.Format = format;
        }
    }
}
