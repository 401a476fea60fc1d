using ComplaintDesk.Core.Teams;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintDesk.Web.Hubs;

/// <summary>The one hub (<c>/hubs/desk</c>) that carries every change another person should see.</summary>
[Authorize]
public sealed class DeskHub(ITeamMembership membership, LiveConnections connections) : Hub<IDeskClient>
{
    // Teams are read once per connection: someone moved between teams hears the new team's alerts from their next page load.
    public override async Task OnConnectedAsync()
    {
        var actor = Context.User!.ToActor();
        var teams = await membership.TeamIdsOfAsync(actor.UserId, Context.ConnectionAborted);
        foreach (var group in DeskGroups.Of(actor, teams))
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
