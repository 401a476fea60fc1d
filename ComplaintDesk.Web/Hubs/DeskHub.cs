using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintDesk.Web.Hubs;

/// <summary>The one hub (<c>/hubs/desk</c>) that carries every change another person should see.</summary>
[Authorize]
public sealed class DeskHub : Hub<IDeskClient>
{
    public override async Task OnConnectedAsync()
    {
        var actor = Context.User!.ToActor();
        foreach (var role in actor.Roles)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, DeskGroups.Role(role));
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, DeskGroups.User(actor.Email));
        await base.OnConnectedAsync();
    }
}
