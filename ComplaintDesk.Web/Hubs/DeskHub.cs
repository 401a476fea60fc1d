using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintDesk.Web.Hubs;

/// <summary>The one hub (<c>/hubs/desk</c>) that carries every change another person should see.</summary>
[Authorize]
public sealed class DeskHub(LiveConnections connections) : Hub<IDeskClient>
{
    public override async Task OnConnectedAsync()
    {
        foreach (var group in DeskGroups.Of(Context.User!.ToActor()))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        connections.Opened(Context);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Closed(Context);
        await base.OnDisconnectedAsync(exception);
    }
}
