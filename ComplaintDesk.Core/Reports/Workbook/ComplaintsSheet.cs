using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// One row per complaint received in the month, without complainant personal data unless the export
/// is explicitly the one with it. Its late clocks are handed on for the Breaches sheet.
/// </summary>
internal static class ComplaintsSheet
{
    public const string Name = "Complaints";

    public static IReadOnlyList<ReportColumn> Columns(bool withPersonalData) =>
    [
        new("Reference", 16, CellKind.Text),
        new("Received", 17, CellKind.DateTime),
        new("Channel", 11, CellKind.Text),
        new("Category", 18, CellKind.Text),
        new("Priority", 10, CellKind.Text),
        new("Status", 20, CellKind.Text),
        new("Assignee", 26, CellKind.Text),
        new("Product or service", 24, CellKind.Text),
        new("Description", 60, CellKind.Text),
        .. Enum.GetValues<ClockKind>().SelectMany(kind => new ReportColumn[]
        {
            new($"{kind} deadline", 17, CellKind.DateTime),
            new($"{kind} result", 14, CellKind.Text),
        }),
        new("Escalation level", 10, CellKind.Count),
        new("Outcome", 11, CellKind.Text),
        new("Satisfaction", 11, CellKind.Count),
        new("Root cause", 24, CellKind.Text),
        .. withPersonalData
            ? new ReportColumn[] { new("Complainant", 24, CellKind.Text), new("E-mail", 28, CellKind.Text), new("Phone", 18, CellKind.Text) }
            : [],
        // Last, so every column before it keeps the place it always had.
        new("Corrective action", 18, CellKind.Text),
    ];

    public static async Task WriteAsync(
        RowWriter rows,
        IAsyncEnumerable<MonitoredComplaint> complaints,
        IAsyncEnumerator<(long ComplaintId, string Name, string? Email, string? Phone)>? complainants,
        MonitoringWindow window,
        List<BreachRow> breaches,
        CancellationToken cancellationToken)
    {
        await foreach (var complaint in complaints.WithCancellation(cancellationToken))
        {
            if (!window.Contains(complaint.ReceivedAt))
            {
                continue;
            }

            var clocks = Enum.GetValues<ClockKind>().Select(complaint.Clock).ToList();
            breaches.AddRange(clocks.OfType<MonitoredClock>()
                .Where(c => window.Outcome(complaint, c) == ClockOutcome.Late)
                .Select(c => BreachRow.Of(complaint, c)));
            var personal = complainants is not null && await complainants.MoveNextAsync() && complainants.Current.ComplaintId == complaint.Id
                ? complainants.Current
                : default;
            rows.Row(
            [
                complaint.Reference, complaint.ReceivedAt, complaint.Channel.ToString(), complaint.Category, complaint.Priority.ToString(),
                complaint.Status.ToString(), complaint.Assignee, complaint.ProductOrService, complaint.Description,
                .. clocks.SelectMany(c => new object?[] { c?.Deadline, c is null ? null : Result(complaint, c, window) }),
                complaint.EscalationLevel, complaint.Outcome?.ToString(), complaint.Satisfaction, complaint.RootCause,
                .. complainants is null ? [] : new object?[] { personal.Name, personal.Email, personal.Phone },
                complaint.CorrectiveAction,
            ]);
        }
    }

    private static string Result(MonitoredComplaint complaint, MonitoredClock clock, MonitoringWindow window) =>
        window.Outcome(complaint, clock) switch
        {
            ClockOutcome.OnTime => "On time",
            ClockOutcome.Late when clock.StoppedAt is null => "Late, running",
            ClockOutcome.Late => "Late",
            _ when complaint.Status == ComplaintStatus.AwaitingComplainant => "Paused",
            _ => "Running",
        };
}
