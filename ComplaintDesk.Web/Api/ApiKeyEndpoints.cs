using System.Security.Claims;
using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api;

/// <summary><c>/api/v1/users/{id}/api-keys</c>: administrators issue and revoke the keys other systems sign in with.</summary>
public static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this RouteGroupBuilder users)
    {
        users.MapGet("/{id}/api-keys", ListAsync).WithSummary("A person's API keys, newest first, revoked and expired ones too; never their secrets.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/{id}/api-keys", IssueAsync)
            .WithSummary("Issues an API key that signs requests in as the person (Authorization: Bearer <secret>); the secret is in this answer only.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ReadsJson();
        users.MapPost("/{id}/api-keys/{keyId}/revoke", RevokeAsync).WithSummary("Ends an API key at once; revoking it again changes nothing.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<ApiKeyResponse[]>> ListAsync(string id, ClaimsPrincipal user, IApiKeyDesk keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(id, user.ToActor(), cancellationToken)).Select(ApiKeyResponse.From).ToArray());

    private static async Task<Created<IssuedApiKeyResponse>> IssueAsync(
        string id, IssueApiKeyRequest request, ClaimsPrincipal user, IApiKeyDesk keys, CancellationToken cancellationToken)
    {
        var issued = await keys.IssueAsync(id, new NewApiKey(request.Name, request.Scope, request.ExpiresInDays), user.ToActor(), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}/api-keys", new IssuedApiKeyResponse(ApiKeyResponse.From(issued.Key), issued.Secret));
    }

    private static async Task<Ok<ApiKeyResponse>> RevokeAsync(
        string id, string keyId, ClaimsPrincipal user, IApiKeyDesk keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(ApiKeyResponse.From(await keys.RevokeAsync(id, keyId, user.ToActor(), cancellationToken)));
}
