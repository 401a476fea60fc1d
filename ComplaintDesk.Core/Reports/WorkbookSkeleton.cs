using ClosedXML.Excel;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Core.Reports;

/// <summary>
/// The workbook as ClosedXML builds it: the styled summary and breakdown sheets in full, and for each
/// streamed sheet a placeholder whose header is styled and whose rows 2 and 3 carry one sample cell
/// per column (plain, then quote-prefixed text), so the stylesheet holds every format the rows need.
/// </summary>
internal static class WorkbookSkeleton
{
    public const int PlainSampleRow = 2;
    public const int QuotedSampleRow = 3;

    private static readonly (string Sheet, string Header, MonitoringDimension Dimension)[] _breakdowns =
    [
        ("By category", "Category", MonitoringDimension.Category),
        ("By channel", "Channel", MonitoringDimension.Channel),
        ("By priority", "Priority", MonitoringDimension.Priority),
        ("By handler", "Handler", MonitoringDimension.Handler),
    ];

    public static MemoryStream Build(MonitoringFigures figures, TimeZoneInfo zone, IReadOnlyList<StreamedSheet> streamed)
    {
        var saved = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            AddSummary(workbook, figures, zone);
            foreach (var (sheet, header, dimension) in _breakdowns)
            {
                AddBreakdown(workbook.AddWorksheet(sheet), header, figures.By(dimension));
            }

            foreach (var sheet in streamed)
            {
                AddPlaceholder(workbook.AddWorksheet(sheet.Name), sheet.Columns);
            }

            // ClosedXML 0.95.4 cannot save the same workbook twice: build, save once, dispose.
            workbook.SaveAs(saved);
        }

        saved.Position = 0;
        return saved;
    }

    private static void AddSummary(XLWorkbook workbook, MonitoringFigures figures, TimeZoneInfo zone)
    {
        var sheet = workbook.AddWorksheet("Summary");
        ClosedXmlCells.Header(sheet, [new("Measure", 44, CellKind.Text), new("Value", 22, CellKind.Text)]);
        var rows = SummaryRows.From(figures, zone.Id);
        for (var i = 0; i < rows.Count; i++)
        {
            ClosedXmlCells.Set(sheet.Cell(i + 2, 1), rows[i].Measure, CellKind.Text);
            ClosedXmlCells.Set(sheet.Cell(i + 2, 2), rows[i].Value, rows[i].Kind, zone);
        }

        ClosedXmlCells.Filter(sheet, 2, rows.Count + 1);
    }

    private static void AddBreakdown(IXLWorksheet sheet, string header, IReadOnlyList<GroupFigures> groups)
    {
        var columns = BreakdownColumns.For(header);
        ClosedXmlCells.Header(sheet, columns);
        for (var row = 0; row < groups.Count; row++)
        {
            var values = BreakdownColumns.Values(groups[row]);
            for (var column = 0; column < columns.Count; column++)
            {
                ClosedXmlCells.Set(sheet.Cell(row + 2, column + 1), values[column], columns[column].Kind);
            }
        }

        ClosedXmlCells.Filter(sheet, columns.Count, groups.Count + 1);
    }

    private static void AddPlaceholder(IXLWorksheet sheet, IReadOnlyList<ReportColumn> columns)
    {
        ClosedXmlCells.Header(sheet, columns);
        for (var column = 0; column < columns.Count; column++)
        {
            var kind = columns[column].Kind;
            object sample = kind switch
            {
                CellKind.Text => "text",
                CellKind.DateTime => DateTimeOffset.UnixEpoch,
                CellKind.Count => 0,
                _ => 0.5,
            };
            ClosedXmlCells.Set(sheet.Cell(PlainSampleRow, column + 1), sample, kind);
            ClosedXmlCells.Set(sheet.Cell(QuotedSampleRow, column + 1), kind == CellKind.Text ? "=text" : sample, kind);
        }

        ClosedXmlCells.Filter(sheet, columns.Count, QuotedSampleRow);
    }
}
