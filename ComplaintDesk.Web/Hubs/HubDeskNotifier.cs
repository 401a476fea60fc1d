using ComplaintDesk.Core.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintDesk.Web.Hubs;

/// <summary>Core's <see cref="IDeskNotifier"/>, delivered through the desk hub.</summary>
public sealed class HubDeskNotifier(IHubContext<DeskHub, IDeskClient> hub) : IDeskNotifier
{
    public Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken) =>
        hub.Clients.Groups(DeskGroups.EveryRole).ComplaintChanged(change);
}
