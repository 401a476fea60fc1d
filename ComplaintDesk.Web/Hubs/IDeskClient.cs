using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Web.Hubs;

/// <summary>What the desk hub calls on its clients (browsers, wallboards, test clients). The names are a contract.</summary>
public interface IDeskClient
{
    Task ComplaintChanged(ComplaintChange summary);

    Task AlertRaised(AlertView alert);

    Task AlertReminder(AlertView alert);

    Task AlertAcknowledged(AlertView alert);

    /// <summary>A monthly workbook run finished; sent to the people who monitor.</summary>
    Task ReportBuilt(MonthlyReportView run);
}
