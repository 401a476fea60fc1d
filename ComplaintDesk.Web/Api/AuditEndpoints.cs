using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// <c>/api/v1/audit</c> (quality managers, administrators): who saw or exported whose personal data,
/// and every recorded event, filtered and paged; each also as a CSV of every matching row; and a sample of finished
/// complaints drawn at random for review.
/// </summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder audit)
    {
        audit.MapGet("/access", AccessAsync).WithName("audit-access").Describe();
        audit.MapGet("/access.csv", AccessCsvAsync).WithName("audit-access-csv").Describe().Produces<string>(StatusCodes.Status200OK, "text/csv");
        audit.MapGet("/events", EventsAsync).WithName("audit-events").Describe();
        audit.MapGet("/events.csv", EventsCsvAsync).WithName("audit-events-csv").Describe().Produces<string>(StatusCodes.Status200OK, "text/csv");
        audit.MapGet("/sample", SampleAsync).WithName("audit-sample").Describe()
            .WithSummary("Finished complaints drawn at random for review (ISO 10002 8.4): the same seed draws the same sample again.");
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder route) =>
        route.ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<AccessRecordsResponse>> AccessAsync([AsParameters] AuditSearch search, HttpContext http, IAuditTrail audit)
    {
        var page = await audit.AccessAsync(search, http.User.ToActor(), http.RequestAborted);
        return TypedResults.Ok(new AccessRecordsResponse([.. page.Items.Select(AccessRecordResponse.From)], page.Total));
    }

    private static async Task<Ok<Page<AuditEventResponse>>> EventsAsync(
        [AsParameters] AuditEventSearch search, HttpContext http, IAuditTrail audit, IStringLocalizer<DeskText> text)
    {
        var page = await audit.EventsAsync(search.ToSearch(), http.User.ToActor(), http.RequestAborted);
        return TypedResults.Ok(new Page<AuditEventResponse>([.. page.Items.Select(row => AuditEventResponse.From(row, text))], page.Total));
    }

    private static async Task<Ok<ComplaintSample>> SampleAsync([AsParameters] AuditSampleSearch search, HttpContext http, IAuditTrail audit) =>
        TypedResults.Ok(await audit.SampleAsync(search.ToSearch(), search.Size, search.Seed, http.User.ToActor(), http.RequestAborted));

    private static async Task AccessCsvAsync([AsParameters] AuditSearch search, HttpContext http, IAuditTrail audit, IStringLocalizer<DeskText> text)
    {
        // Checked before the first byte, so a refusal is still a clean 403/400.
        var rows = audit.AllAccess(search, http.User.ToActor());
        Attach(http, "personal-data-access.csv");
        await AuditCsv.WriteAccessAsync(rows, text, http.Response.Body, http.RequestAborted);
    }

    private static async Task EventsCsvAsync(
        [AsParameters] AuditEventSearch search, HttpContext http, IAuditTrail audit, IStringLocalizer<DeskText> text)
    {
        var rows = audit.AllEvents(search.ToSearch(), http.User.ToActor());
        Attach(http, "audit-events.csv");
        await AuditCsv.WriteEventsAsync(rows, text, http.Response.Body, http.RequestAborted);
    }

    private static void Attach(HttpContext http, string fileName)
    {
        http.Response.ContentType = AuditCsv.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }
}
