
namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>One row per late clock of a complaint received in the month (the on-time rates' "late").</summary>
internal static class BreachesSheet
{
    public const string Name = "Breaches";

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("Reference", 16, CellKind.Text),
        new("Clock", 12, CellKind.Text),
        new("Deadline", 17, CellKind.DateTime),
        new("Stopped", 17, CellKind.DateTime),
        new("Hours past deadline", 12, CellKind.Hours),
        new("Priority", 10, CellKind.Text),
        new("Category", 18, CellKind.Text),
        new("Assignee", 26, CellKind.Text),
        new("Status", 20, CellKind.Text),
    ];

    public static void Write(RowWriter rows, IEnumerable<BreachRow> breaches, DateTimeOffset asOf)
    {
        foreach (var breach in breaches)
        {
            rows.Row(
            [
                breach.Reference, breach.Clock.ToString(), breach.Deadline, breach.StoppedAt,
                ((breach.StoppedAt ?? asOf) - breach.Deadline).TotalHours,
                breach.Priority.ToString(), breach.Category, breach.Assignee, breach.Status.ToString(),
            ]);
        }
    }
}
