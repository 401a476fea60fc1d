using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Web.Auth;

namespace ComplaintDesk.Web.Api;

/// <summary><c>/api/v1/alerts</c>: the caller's escalation alerts (Annex H), and acknowledging one.</summary>
public static class AlertEndpoints
{
    public static void MapAlertEndpoints(this RouteGroupBuilder alerts)
    {
        alerts.MapGet("/", ListAsync).WithName("alerts");
        alerts.MapPost("/{id:long}/acknowledge", AcknowledgeAsync).WithName("acknowledge-alert");
    }

    /// <param name="open">true (the default): open alerts only; false: also the latest acknowledged ones.</param>
    private static async Task<IReadOnlyList<AlertView>> ListAsync(HttpContext http, IAlertDesk alerts, bool? open)
    {
        var rows = await alerts.ListAsync(http.User.ToActor(), open ?? true, http.RequestAborted);
        return rows.Select(r => r.Alert).ToList();
    }

    private static Task<AlertView> AcknowledgeAsync(long id, HttpContext http, IAlertDesk alerts) =>
        alerts.AcknowledgeAsync(id, http.User.ToActor(), http.RequestAborted);
}
