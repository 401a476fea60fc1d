using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Ready only when Hangfire's job storage answers a query.</summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        storage.GetMonitoringApi().GetStatistics();
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
