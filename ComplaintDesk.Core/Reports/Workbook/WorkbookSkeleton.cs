using ClosedXML.Excel;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// The workbook as ClosedXML builds it: the styled summary and breakdown sheets in full, and for each
/// streamed sheet a placeholder with its header and filter (so the workbook names the filter's range),
/// which <see cref="WorkbookSplicer"/> replaces with the streamed sheet.
/// </summary>
internal sealed class WorkbookSkeleton : IDisposable
{
    private static readonly (string Sheet, string Header, MonitoringDimension Dimension)[] _breakdowns =
    [
        ("By category", "Category", MonitoringDimension.Category),
        ("By channel", "Channel", MonitoringDimension.Channel),
        ("By priority", "Priority", MonitoringDimension.Priority),
        ("By handler", "Handler", MonitoringDimension.Handler),
    ];

    private readonly XLWorkbook _workbook = new();

    private WorkbookSkeleton()
    {
    }

    /// <summary>
    /// Every sheet with its header, ready for the figures: begun while the rows are still being read,
    /// so ClosedXML's first use in a process overlaps the read instead of following it.
    /// </summary>
    public static WorkbookSkeleton Begin(IReadOnlyList<StreamedSheet> streamed)
    {
        var skeleton = new WorkbookSkeleton();
        ClosedXmlCells.Header(skeleton._workbook.AddWorksheet("Summary"), [new("Measure", 44, CellKind.Text), new("Value", 22, CellKind.Text)]);
        foreach (var (sheet, header, _) in _breakdowns)
        {
            ClosedXmlCells.Header(skeleton._workbook.AddWorksheet(sheet), BreakdownColumns.For(header));
        }

        foreach (var sheet in streamed)
        {
            var placeholder = skeleton._workbook.AddWorksheet(sheet.Name);
            ClosedXmlCells.Header(placeholder, sheet.Columns);
            ClosedXmlCells.Filter(placeholder, sheet.Columns.Count, 1);
        }

        return skeleton;
    }

    /// <summary>Writes the figures into the styled sheets and saves; ClosedXML 0.95.4 cannot save twice.</summary>
    public MemoryStream Finish(MonitoringFigures figures, TimeZoneInfo zone)
    {
        FillSummary(_workbook.Worksheet("Summary"), figures, zone);
        foreach (var (sheet, header, dimension) in _breakdowns)
        {
            FillBreakdown(_workbook.Worksheet(sheet), BreakdownColumns.For(header), figures.By(dimension));
        }

        var saved = new MemoryStream();
        _workbook.SaveAs(saved);
        saved.Position = 0;
        return saved;
    }

    public void Dispose() => _workbook.Dispose();

    private static void FillSummary(IXLWorksheet sheet, MonitoringFigures figures, TimeZoneInfo zone)
    {
        var rows = SummaryRows.From(figures, zone.Id);
        for (var i = 0; i < rows.Count; i++)
        {
            ClosedXmlCells.Set(sheet.Cell(i + 2, 1), rows[i].Measure, CellKind.Text);
            ClosedXmlCells.Set(sheet.Cell(i + 2, 2), rows[i].Value, rows[i].Kind, zone);
        }

        ClosedXmlCells.Filter(sheet, 2, rows.Count + 1);
    }

    private static void FillBreakdown(IXLWorksheet sheet, IReadOnlyList<ReportColumn> columns, IReadOnlyList<GroupFigures> groups)
    {
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
}
