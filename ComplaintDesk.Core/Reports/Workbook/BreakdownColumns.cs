using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>The columns of the By category / channel / priority / handler sheets and each group's values.</summary>
public static class BreakdownColumns
{
    public static IReadOnlyList<ReportColumn> For(string groupHeader) =>
    [
        new(groupHeader, 28, CellKind.Text),
        new("Received", 11, CellKind.Count),
        new("Share", 9, CellKind.Percent),
        new("Cumulative share", 11, CellKind.Percent),
        new("Closed", 9, CellKind.Count),
        new("Withdrawn", 11, CellKind.Count),
        new("Open at end", 11, CellKind.Count),
        .. Enum.GetValues<ClockKind>().SelectMany(kind => new ReportColumn[]
        {
            new($"{kind} on time", 11, CellKind.Count),
            new($"{kind} late", 11, CellKind.Count),
            new($"{kind} on-time rate", 12, CellKind.Percent),
            new($"{kind} mean hours", 12, CellKind.Hours),
            new($"{kind} median hours", 12, CellKind.Hours),
        }),
        new("Escalations", 12, CellKind.Count),
        new("Reopened", 10, CellKind.Count),
        new("Satisfaction mean", 12, CellKind.Hours),
        new("Satisfaction response rate", 14, CellKind.Percent),
    ];

    public static object?[] Values(GroupFigures group)
    {
        var figures = group.Figures;
        return
        [
            group.Key, figures.Received, group.Share, group.CumulativeShare, figures.Closed, figures.Withdrawn, figures.OpenAtEnd,
            .. figures.Clocks.SelectMany(c => new object?[] { c.OnTime, c.Late, c.OnTimeRate, c.MeanHours, c.MedianHours }),
            figures.Escalations, figures.Reopened, figures.SatisfactionMean, figures.SatisfactionResponseRate,
        ];
    }
}
