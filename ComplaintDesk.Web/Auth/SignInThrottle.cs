using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// Counts failed sign-ins per client address and pauses an address that fails too often. Only failures
/// count, so an office behind one address can still sign everyone in at nine o'clock.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private static readonly TimeSpan _window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IOptions<SignInProtectionOptions> options)
    {
        var limit = options.Value.FailuresPerMinute;
        _failures = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
            client, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = _window, QueueLimit = 0 }));
    }

    /// <returns>Null while the address may try; otherwise how long it has to wait.</returns>
    public TimeSpan? PauseFor(IPAddress? client)
    {
        using var probe = _failures.AttemptAcquire(Key(client), permitCount: 0);
        if (probe.IsAcquired)
        {
            return null;
        }

        return probe.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window;
    }

    public void RecordFailure(IPAddress? client)
    {
        using var _ = _failures.AttemptAcquire(Key(client));
    }

    public void Dispose() => _failures.Dispose();

    private static string Key(IPAddress? client) => client?.ToString() ?? "unknown";
}
