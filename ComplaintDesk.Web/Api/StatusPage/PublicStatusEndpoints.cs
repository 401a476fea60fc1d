using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Web.Features.StatusPage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>
/// <c>/api/public/status/{token}</c>: the complainant's status page as JSON, and their moves. Anonymous: the token is
/// the permission. An unknown token and an expired link answer the same 404; every route is rate-limited.
/// </summary>
public static class PublicStatusEndpoints
{
    public const string Path = "/api/public/status";

    public static void MapPublicStatusEndpoints(this IEndpointRouteBuilder app)
    {
        var status = app.MapGroup(Path + "/{token}")
            .AllowAnonymous()
            .RequireRateLimiting(StatusPageLimits.Policy)
            .WithTags("Status page")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        status.MapGet("", ReadAsync).WithName("status");
        status.MapGet("/files/{id:long}", FileAsync).WithName("status-file")
            .WithSummary("A file the desk sent the complainant with a question or its decision. Pictures open in the browser, anything else is saved.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream");
        status.MapPost("/information", (string token, InformationRequest request, IStatusPageDesk desk, HttpContext http) =>
                MoveAsync(desk.AddInformationAsync(token, request.Text, request.Files(), http.RequestAborted)))
            .WithName("status-information").WithMetadata(new TakesFilesAttribute()).ProducesMoveProblems();
        status.MapPost("/accept", (string token, IStatusPageDesk desk, HttpContext http) =>
                MoveAsync(desk.AcceptAsync(token, http.RequestAborted)))
            .WithName("status-accept").ProducesProblem(StatusCodes.Status409Conflict);
        status.MapPost("/reject", (string token, RejectionRequest request, IStatusPageDesk desk, HttpContext http) =>
                MoveAsync(desk.RejectAsync(token, request.Reason, http.RequestAborted)))
            .WithName("status-reject").ProducesMoveProblems();
        status.MapPost("/satisfaction", (string token, SatisfactionRequest request, IStatusPageDesk desk, HttpContext http) =>
                MoveAsync(desk.RateAsync(token, request.Satisfaction, request.Comment, http.RequestAborted)))
            .WithName("status-satisfaction").ProducesMoveProblems();
    }

    private static async Task<Ok<StatusResponse>> ReadAsync(string token, IStatusPageDesk desk, HttpContext http) =>
        TypedResults.Ok(StatusResponse.From(await desk.ReadAsync(token, http.RequestAborted)
            ?? throw new NotFoundException(DeskMessage.Of(StatusPageKeys.NoSuchLink)), token));

    private static async Task<FileContentHttpResult> FileAsync(string token, long id, IStatusPageDesk desk, HttpResponse response, CancellationToken cancellationToken)
    {
        var file = await desk.OpenFileAsync(token, id, cancellationToken) ?? throw new NotFoundException(DeskMessage.Of(StatusPageKeys.NoSuchFile));
        response.Headers.ContentDisposition = AttachmentDisposition.Of(file);
        return TypedResults.File(file.Content, file.ContentType);
    }

    /// <summary>Where the complainant takes a file the desk sent them.</summary>
    public static string FileAddress(string token, long id) => $"{Path}/{Uri.EscapeDataString(token)}/files/{id}";

    // Core refuses bad text (400), an unknown or expired link (404) and a move the complaint's stage does not allow (409).
    private static async Task<NoContent> MoveAsync(Task move)
    {
        await move;
        return TypedResults.NoContent();
    }

    private static RouteHandlerBuilder ProducesMoveProblems(this RouteHandlerBuilder move) => move
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
