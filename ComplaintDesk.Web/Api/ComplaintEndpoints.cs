using System.Security.Claims;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Features.StatusPage;
using Microsoft.AspNetCore.Http.HttpResults;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// <c>/api/v1/complaints</c>. Each handler's signature declares what it answers itself; Core's refusals reach the
/// caller through <see cref="ApiExceptionHandler"/> and are declared beside the route.
/// </summary>
public static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this RouteGroupBuilder complaints)
    {
        complaints.MapPost("/", ReceiveAsync).WithSummary("Registers a new complaint (ISO 10002 7.2).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new TakesFilesAttribute())
            .OpenToIntakeKeys();
        complaints.MapGet("/", ListAsync).WithSummary("Lists complaints, newest first unless sort says otherwise.")
            .ProducesValidationProblem();
        complaints.MapGet("/{reference}", GetAsync).WithSummary("One complaint with its timeline.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        complaints.MapGet("/{reference}/possible-duplicates", PossibleDuplicatesAsync)
            .WithSummary("Open complaints of the last 30 days that may be the same one: the complainant's e-mail or phone (for roles that may see personal data), or very similar text.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        complaints.MapGet("/{reference}/attachments/{id:long}", AttachmentAsync).WithName("complaint-attachment")
            .WithSummary("A file kept with the complaint (the complainant's, a handler's scan, or one sent to the complainant): for roles that may see personal data, and recorded as a download. Pictures open in the browser, anything else is saved.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<ComplaintResponse>> ReceiveAsync(
        RegisterComplaintRequest complaint, ClaimsPrincipal user, IComplaintWorkflow workflow, IOptions<AttachmentOptions> limits, IStringLocalizer<DeskText> text,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var created = await workflow.ReceiveAsync(complaint.ToNewComplaint(limits.Value), user.ToActor(), cancellationToken);
        response.SetVersionTag(created.Version);
        return TypedResults.Created($"/api/v1/complaints/{created.Reference}", ComplaintResponse.From(created, text));
    }

    private static async Task<Ok<Page<ComplaintSummary>>> ListAsync(
        [AsParameters] ComplaintSearch search, ClaimsPrincipal user, IComplaintQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(search, user.ToActor(), cancellationToken));

    private static async Task<Ok<PossibleDuplicateResponse[]>> PossibleDuplicatesAsync(
        string reference, ClaimsPrincipal user, IDuplicateQueries duplicates, CancellationToken cancellationToken)
    {
        var found = await duplicates.ForComplaintAsync(reference, user.ToActor(), cancellationToken);
        return TypedResults.Ok(found.Select(PossibleDuplicateResponse.From).ToArray());
    }

    private static async Task<FileContentHttpResult> AttachmentAsync(
        string reference, long id, ClaimsPrincipal user, IAttachmentFiles files, HttpResponse response, CancellationToken cancellationToken)
    {
        var file = await files.OpenAsync(reference, id, user.ToActor(), cancellationToken);
        response.Headers.ContentDisposition = AttachmentDisposition.Of(file);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Ok<ComplaintResponse>> GetAsync(
        string reference, ClaimsPrincipal user, IComplaintQueries queries, IPersonalDataLog accessLog, IStringLocalizer<DeskText> text, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var actor = user.ToActor();
        var complaint = await queries.GetAsync(reference, actor, cancellationToken);
        // ISO 10002 4.10: recorded before the answer leaves with the complainant's data.
        await accessLog.RecordShownAsync(complaint, actor, cancellationToken);
        response.SetVersionTag(complaint.Version);
        return TypedResults.Ok(ComplaintResponse.From(complaint, text));
    }
}
