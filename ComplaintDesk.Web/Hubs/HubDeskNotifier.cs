using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintDesk.Web.Hubs;

/// <summary>Core's <see cref="IDeskNotifier"/>, delivered through the desk hub.</summary>
public sealed class HubDeskNotifier(IHubContext<DeskHub, IDeskClient> hub) : IDeskNotifier
{
    public Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken) =>
        hub.Clients.Group(DeskGroups.Everyone).ComplaintChanged(change);

    public Task AlertRaisedAsync(AlertView alert, CancellationToken cancellationToken) =>
        hub.Clients.Groups(DeskGroups.For(alert)).AlertRaised(alert);

    public Task AlertReminderAsync(AlertView alert, CancellationToken cancellationToken) =>
        hub.Clients.Groups(DeskGroups.For(alert)).AlertReminder(alert);

    public Task AlertAcknowledgedAsync(AlertView alert, CancellationToken cancellationToken) =>
        hub.Clients.Groups(DeskGroups.For(alert)).AlertAcknowledged(alert);

    public Task ReportBuiltAsync(MonthlyReportView run, CancellationToken cancellationToken) =>
        hub.Clients.Group(DeskGroups.Monitoring).ReportBuilt(run);
}
