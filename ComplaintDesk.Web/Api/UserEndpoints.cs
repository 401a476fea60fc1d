using System.Security.Claims;
using ComplaintDesk.Core.People;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api;

/// <summary><c>/api/v1/users</c>: administrators manage the desk's people; Core refuses anyone else.</summary>
public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder users)
    {
        users.MapGet("/", ListAsync).WithSummary("Lists people, by name; q matches e-mail or name.")
            .ProducesValidationProblem().Refused();
        users.MapGet("/{id}", GetAsync).WithName("user").WithSummary("One person.")
            .Refused().Unknown();
        users.MapPost("/", CreateAsync).WithSummary("Creates an account that can sign in at once; an e-mail already in use answers 409.")
            .ProducesValidationProblem().Refused().ProducesProblem(StatusCodes.Status409Conflict).ReadsJson();
        users.MapPut("/{id}/roles", ChangeRolesAsync).WithSummary("Replaces a person's roles; the last active administrator keeps theirs (409).")
            .ProducesValidationProblem().Refused().Unknown().ProducesProblem(StatusCodes.Status409Conflict).ReadsJson();
        users.MapPost("/{id}/deactivate", DeactivateAsync).WithSummary("Takes a person's account away; their history keeps their name.")
            .Refused().Unknown().ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id}/activate", ActivateAsync).WithSummary("Gives a deactivated person their account back.")
            .Refused().Unknown();
        users.MapPost("/{id}/reset-password", ResetPasswordAsync).WithSummary("Sets a new password the person must change at sign-in.")
            .ProducesValidationProblem().Refused().Unknown().ReadsJson();
    }

    private static RouteHandlerBuilder Refused(this RouteHandlerBuilder route) => route.ProducesProblem(StatusCodes.Status403Forbidden);

    private static RouteHandlerBuilder Unknown(this RouteHandlerBuilder route) => route.ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<UserListResponse>> ListAsync(
        string? q, int? page, int? pageSize, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken)
    {
        var found = await people.ListAsync(new PeopleSearch(q, page, pageSize), user.ToActor(), cancellationToken);
        return TypedResults.Ok(new UserListResponse([.. found.Items.Select(UserResponse.From)], found.Total));
    }

    private static async Task<Ok<UserResponse>> GetAsync(string id, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken) =>
        TypedResults.Ok(UserResponse.From(await people.GetAsync(id, user.ToActor(), cancellationToken)));

    private static async Task<Created<UserResponse>> CreateAsync(
        CreateUserRequest request, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken)
    {
        var person = new NewPerson(request.Email, request.DisplayName, request.Roles, request.Password, request.MustChangePassword ?? false);
        var created = await people.CreateAsync(person, user.ToActor(), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{created.Id}", UserResponse.From(created));
    }

    private static async Task<Ok<UserResponse>> ChangeRolesAsync(
        string id, UserRolesRequest request, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken) =>
        TypedResults.Ok(UserResponse.From(await people.ChangeRolesAsync(id, request.Roles, user.ToActor(), cancellationToken)));

    private static async Task<Ok<UserResponse>> DeactivateAsync(string id, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken) =>
        TypedResults.Ok(UserResponse.From(await people.DeactivateAsync(id, user.ToActor(), cancellationToken)));

    private static async Task<Ok<UserResponse>> ActivateAsync(string id, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken) =>
        TypedResults.Ok(UserResponse.From(await people.ActivateAsync(id, user.ToActor(), cancellationToken)));

    private static async Task<NoContent> ResetPasswordAsync(
        string id, ResetPasswordRequest request, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken)
    {
        await people.ResetPasswordAsync(id, request.Password, user.ToActor(), cancellationToken);
        return TypedResults.NoContent();
    }
}
