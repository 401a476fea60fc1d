using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>One row per alert raised in the month (Annex H), warnings included at level 0.</summary>
internal static class EscalationsSheet
{
    public const string Name = "Escalations";

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("Raised", 17, CellKind.DateTime),
        new("Reference", 16, CellKind.Text),
        new("Level", 8, CellKind.Count),
        new("Trigger", 12, CellKind.Text),
        new("Clock", 12, CellKind.Text),
        new("For", 16, CellKind.Text),
        new("Priority", 10, CellKind.Text),
        new("Category", 18, CellKind.Text),
        new("Acknowledged", 17, CellKind.DateTime),
        new("Acknowledged by", 26, CellKind.Text),
        new("Reason", 48, CellKind.Text),
    ];

    public static async Task WriteAsync(
        RowWriter rows, IAsyncEnumerable<(Alert Alert, Priority Priority, string? Category)> alerts, CancellationToken cancellationToken)
    {
        await foreach (var (alert, priority, category) in alerts.WithCancellation(cancellationToken))
        {
            rows.Row(
            [
                alert.RaisedAt, alert.ComplaintReference, alert.Level, alert.Trigger.ToString(), alert.Clock?.ToString(),
                alert.TargetEmail ?? alert.TargetRole.ToString(), priority.ToString(), category, alert.AcknowledgedAt, alert.AcknowledgedBy, alert.Reason,
            ]);
        }
    }
}
