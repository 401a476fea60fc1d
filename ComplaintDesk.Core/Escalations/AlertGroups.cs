using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Escalations;

/// <summary>Folds one complaint's alerts into its group.</summary>
internal static class AlertGroups
{
    public static AlertGroup Fold(IReadOnlyCollection<Alert> alerts, ComplaintStatus status, Priority priority, string? assignee, string? subjectStaffEmail)
    {
        var ordered = alerts
            .OrderBy(a => a.AcknowledgedAt is not null)
            .ThenByDescending(a => a.AcknowledgedAt is null ? a.Level : 0)
            .ThenBy(a => a.AcknowledgedAt is null ? a.RaisedAt : DateTimeOffset.MaxValue)
            .ThenByDescending(a => a.AcknowledgedAt)
            .ToList();
        var open = ordered.Where(a => a.IsOpen).ToList();
        return new AlertGroup(
            ordered[0].ComplaintReference,
            open.Count > 0 ? open.Max(a => a.Level) : ordered.Max(a => a.Level),
            open.Count,
            open.Count > 0 ? open.Min(a => a.RaisedAt) : null,
            [.. ordered.Select(a => a.Trigger).Distinct()],
            ordered.Sum(a => a.Reminders),
            ordered.Max(a => a.LastRemindedAt),
            status,
            priority,
            assignee,
            subjectStaffEmail,
            [.. ordered.Select(AlertView.From)]);
    }
}
