using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api;

/// <summary><c>/api/v1/alerts</c>: the caller's escalation alerts (Annex H), grouped by complaint for triage, and acknowledging them.</summary>
public static class AlertEndpoints
{
    public static void MapAlertEndpoints(this RouteGroupBuilder alerts)
    {
        alerts.MapGet("/", ListAsync).WithName("alerts")
            .ProducesValidationProblem();
        alerts.MapGet("/groups", ListGroupsAsync).WithName("alert-groups")
            .WithSummary("The caller's alerts grouped by complaint: highest open level first, then the longest waiting; paged, with a summary.")
            .ProducesValidationProblem();
        alerts.MapPost("/acknowledge", AcknowledgeAllAsync).WithName("acknowledge-alerts")
            .WithSummary("Acknowledges several alerts at once, answering for each: acknowledged, already acknowledged (by whom), not allowed or not found.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        alerts.MapPost("/{id:long}/acknowledge", AcknowledgeAsync).WithName("acknowledge-alert")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <param name="open">true (the default): open alerts only; false: also the latest acknowledged ones.</param>
    private static async Task<Ok<List<AlertView>>> ListAsync(HttpContext http, IAlertDesk alerts, bool? open)
    {
        var rows = await alerts.ListAsync(http.User.ToActor(), open ?? true, http.RequestAborted);
        return TypedResults.Ok(rows.Select(r => r.Alert).ToList());
    }

    private static async Task<Ok<AlertGroupPage>> ListGroupsAsync([AsParameters] AlertTriageSearch search, HttpContext http, IAlertTriage triage) =>
        TypedResults.Ok(await triage.ListGroupsAsync(search.ToFilter(), http.User.ToActor(), http.RequestAborted));

    private static async Task<Ok<IReadOnlyList<AlertAcknowledgement>>> AcknowledgeAllAsync(AcknowledgeAlertsRequest request, HttpContext http, IAlertTriage triage) =>
        TypedResults.Ok(await triage.AcknowledgeAllAsync(request.AlertIds ?? [], http.User.ToActor(), http.RequestAborted));

    private static async Task<Ok<AlertView>> AcknowledgeAsync(long id, HttpContext http, IAlertDesk alerts) =>
        TypedResults.Ok(await alerts.AcknowledgeAsync(id, http.User.ToActor(), http.RequestAborted));
}
