using System.Security.Claims;
using ComplaintDesk.Core.People;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api;

public static class PasswordEndpoints
{
    public static void MapPasswordEndpoints(this RouteGroupBuilder v1) =>
        v1.MapPost("/auth/change-password", ChangeAsync).RequireAuthorization().WithTags("Auth")
            .WithSummary("Changes the signed-in person's own password.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ReadsJson();

    private static async Task<NoContent> ChangeAsync(
        ChangePasswordRequest request, ClaimsPrincipal user, IPeopleDesk people, CancellationToken cancellationToken)
    {
        await people.ChangeOwnPasswordAsync(request.CurrentPassword, request.NewPassword, user.ToActor(), cancellationToken);
        return TypedResults.NoContent();
    }
}
