using System.Collections.Concurrent;
using System.Security.Claims;
using ComplaintDesk.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// Whether a signed-in principal still opens the desk: its session neither ended nor expired, its person
/// active and their security stamp unchanged (a role change or password reset renews it). Cookies,
/// bearer tokens, hub connections and circuits all ask here.
/// </summary>
public sealed class AccessCheck(SessionLedger ledger, TimeProvider time, IOptions<IdentityOptions> identity)
{
    /// <summary>
    /// A verdict is reused this long, so a page's burst of requests costs one query; with the hub and
    /// circuit intervals on top, access ends well within a minute.
    /// </summary>
    public static readonly TimeSpan VerdictLifetime = TimeSpan.FromSeconds(10);

    private const int PruneAbove = 1000;
    private readonly ConcurrentDictionary<string, Verdict> _verdicts = new();

    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var sessionId = SessionClaims.SessionIdOf(principal);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (sessionId is null || userId is null || stamp is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var key = $"{sessionId}|{userId}|{stamp}";
        if (_verdicts.TryGetValue(key, out var kept) && now - kept.At < VerdictLifetime)
        {
            return kept.Valid;
        }

        var state = await ledger.FindAsync(sessionId, cancellationToken);
        var valid = state is not null
            && state.UserId == userId
            && state.SecurityStamp == stamp
            && state.DeactivatedAt is null
            && state.EndedAt is null
            && (state.ExpiresAt is null || now < state.ExpiresAt);
        Prune(now);
        _verdicts[key] = new Verdict(valid, now);
        return valid;
    }

    /// <summary>Drops what is known about the principal's session, so its end is seen on the next request.</summary>
    public void Forget(ClaimsPrincipal principal)
    {
        var prefix = $"{SessionClaims.SessionIdOf(principal)}|";
        foreach (var key in _verdicts.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            _verdicts.TryRemove(key, out _);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_verdicts.Count < PruneAbove)
        {
            return;
        }

        foreach (var (key, verdict) in _verdicts)
        {
            if (now - verdict.At >= VerdictLifetime)
            {
                _verdicts.TryRemove(key, out _);
            }
        }
    }

    private sealed record Verdict(bool Valid, DateTimeOffset At);
}
