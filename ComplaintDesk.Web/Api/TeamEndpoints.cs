using System.Security.Claims;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api;

/// <summary><c>/api/v1/teams</c> (administrators): the teams with their people and categories; adding, renaming, retiring, choosing members.</summary>
public static class TeamEndpoints
{
    public static void MapTeamEndpoints(this RouteGroupBuilder teams)
    {
        teams.MapGet("/", ListAsync).WithName("teams").WithSummary("Every team with its people and categories.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        teams.MapPost("/", CreateAsync).WithName("create-team").WithSummary("Adds a team.").AdministrationProblems().ReadsJson();
        teams.MapPut("/{id:int}", RenameAsync).WithName("rename-team").WithSummary("Renames a team.").AdministrationProblems().ReadsJson();
        teams.MapPost("/{id:int}/retire", RetireAsync).WithName("retire-team")
            .WithSummary("Retires a team that has no categories left.").AdministrationProblems();
        teams.MapPost("/{id:int}/activate", ActivateAsync).WithName("activate-team").WithSummary("Brings a retired team back.").AdministrationProblems();
        teams.MapPut("/{id:int}/members", SetMembersAsync).WithName("team-members")
            .WithSummary("Makes the team's people exactly the ones listed.").AdministrationProblems().ReadsJson();
    }

    private static async Task<Ok<IReadOnlyList<TeamView>>> ListAsync(ClaimsPrincipal user, ITeamDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), cancellationToken));

    private static async Task<Created<TeamView>> CreateAsync(NameRequest request, ClaimsPrincipal user, ITeamDesk desk, CancellationToken cancellationToken)
    {
        var team = await desk.CreateAsync(request.Name, user.ToActor(), cancellationToken);
        return TypedResults.Created($"/api/v1/teams/{team.Id}", team);
    }

    private static async Task<Ok<TeamView>> RenameAsync(int id, NameRequest request, ClaimsPrincipal user, ITeamDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.RenameAsync(id, request.Name, user.ToActor(), cancellationToken));

    private static async Task<Ok<TeamView>> RetireAsync(int id, ClaimsPrincipal user, ITeamDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.RetireAsync(id, user.ToActor(), cancellationToken));

    private static async Task<Ok<TeamView>> ActivateAsync(int id, ClaimsPrincipal user, ITeamDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ActivateAsync(id, user.ToActor(), cancellationToken));

    private static async Task<Ok<TeamView>> SetMembersAsync(
        int id, TeamMembersRequest request, ClaimsPrincipal user, ITeamDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.SetMembersAsync(id, request.UserIds, user.ToActor(), cancellationToken));
}
