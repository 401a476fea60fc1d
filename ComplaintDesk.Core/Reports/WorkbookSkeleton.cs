using ClosedXML.Excel;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Core.Reports;

/// <summary>
/// The workbook as ClosedXML builds it: the styled summary and breakdown sheets in full, and for each
/// streamed sheet a placeholder with its header and filter (so the workbook names the filter's range),
/// which <see cref="WorkbookSplicer"/> replaces with the streamed sheet.
/// </summary>
internal static class WorkbookSkeleton
{
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
        ClosedXmlCells.Filter(sheet, columns.Count, 1);
    }
}
