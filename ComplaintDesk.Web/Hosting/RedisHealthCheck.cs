using ComplaintDesk.Web.Hubs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// Ready only while Redis carries the hub's messages and answers a ping. The connection's own short timeout bounds
/// the wait (<see cref="DeskRedis"/>), so a Redis that went away shows here within seconds.
/// </summary>
public sealed class RedisHealthCheck(DeskRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = await redis.ConnectionAsync();
        if (!redis.CarriesMessages)
        {
            return HealthCheckResult.Unhealthy("Redis cannot be reached: the hub reaches this node's clients alone.");
        }

        try
        {
            await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", exception);
        }
    }
}
