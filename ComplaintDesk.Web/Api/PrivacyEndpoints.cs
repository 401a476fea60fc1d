using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary><c>POST /api/v1/complaints/{reference}/anonymise</c>: an administrator erases a complainant's personal data on request (ISO 10002 4.10).</summary>
public static class PrivacyEndpoints
{
    public static void MapPrivacyEndpoints(this RouteGroupBuilder complaints) =>
        complaints.MapPost("/{reference}/anonymise", AnonymiseAsync)
            .WithName("anonymise")
            .WithSummary("Anonymises the complainant's name, e-mail and phone now (Administrator); the complaint and its timeline stay.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReadsJson();

    private static async Task<Ok<ComplaintResponse>> AnonymiseAsync(
        string reference, AnonymiseRequest request, HttpContext http, IPersonalDataErasure erasure, IStringLocalizer<DeskText> text)
    {
        var complaint = await erasure.AnonymiseAsync(reference, request.Reason, http.User.ToActor(), http.RequestAborted);
        http.Response.SetVersionTag(complaint.Version);
        return TypedResults.Ok(ComplaintResponse.From(complaint, text));
    }
}
