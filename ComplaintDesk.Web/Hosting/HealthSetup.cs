using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (what the desk needs to work).
/// Anonymous, so the answer is the status word only; the reasons go to the log.
/// </summary>
public static class HealthSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static IServiceCollection AddDeskHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<JobStorageHealthCheck>("job-storage", tags: [Ready]);
        if (HubSetup.RedisServer(configuration) is not null)
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        }

        return services;
    }

    public static void MapDeskHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();
    }
}
