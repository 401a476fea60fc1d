using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Web.Hosting;

public static class StatusCodePagesSetup
{
    /// <summary>API and hub callers get ProblemDetails for an empty error response; people get the desk's own page.</summary>
    public static void UseDeskStatusCodePages(this WebApplication app)
    {
        // The inner one answers machines first; anything it leaves empty reaches the outer one, for people.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(IsForMachines, machines => machines.UseStatusCodePages(StatusCodeProblems.WriteAsync));
    }

    private static bool IsForMachines(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(HubSetup.Path)
        || context.Request.Path.StartsWithSegments("/openapi");
}
