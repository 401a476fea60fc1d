using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Core.Notifications;

/// <summary>
/// Tells everyone watching the desk that something changed. Called only after the change is
/// committed, so whatever is announced is already in the database.
/// </summary>
public interface IDeskNotifier
{
    Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken);

    Task AlertRaisedAsync(AlertView alert, CancellationToken cancellationToken);

    Task AlertReminderAsync(AlertView alert, CancellationToken cancellationToken);

    Task AlertAcknowledgedAsync(AlertView alert, CancellationToken cancellationToken);

    /// <summary>A monthly workbook run finished (successfully or not).</summary>
    Task ReportBuiltAsync(MonthlyReportView run, CancellationToken cancellationToken);
}
