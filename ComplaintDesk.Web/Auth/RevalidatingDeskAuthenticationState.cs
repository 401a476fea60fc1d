using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// A circuit outlives the request that opened it, so its sign-in is checked again every
/// <see cref="Interval"/>: once the session has ended the circuit's person becomes anonymous and the
/// router sends the browser to the sign-in page. Waits on <see cref="TimeProvider"/> so tests can move time.
/// </summary>
public sealed partial class RevalidatingDeskAuthenticationState : ServerAuthenticationStateProvider, IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(20);

    private readonly AccessCheck _access;
    private readonly TimeProvider _time;
    private readonly ILogger<RevalidatingDeskAuthenticationState> _logger;
    private CancellationTokenSource? _revalidation;

    public RevalidatingDeskAuthenticationState(AccessCheck access, TimeProvider time, ILogger<RevalidatingDeskAuthenticationState> logger)
    {
        _access = access;
        _time = time;
        _logger = logger;
        AuthenticationStateChanged += Revalidate;
    }

    public void Dispose()
    {
        AuthenticationStateChanged -= Revalidate;
        StopRevalidating();
    }

    private void Revalidate(Task<AuthenticationState> state)
    {
        StopRevalidating();
        _revalidation = new CancellationTokenSource();
        _ = RevalidateAsync(state, _revalidation.Token);
    }

    private void StopRevalidating()
    {
        _revalidation?.Cancel();
        _revalidation?.Dispose();
        _revalidation = null;
    }

    private async Task RevalidateAsync(Task<AuthenticationState> pending, CancellationToken cancellationToken)
    {
        try
        {
            var user = (await pending).User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return;
            }

            do
            {
                await Task.Delay(Interval, _time, cancellationToken);
            }
            while (await StillValidAsync(user, cancellationToken));

            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
        catch (OperationCanceledException)
        {
            // The circuit ended or someone signed in anew: nothing left to watch.
        }
    }

    private async Task<bool> StillValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            return await _access.IsValidAsync(user, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database away for a moment must not end the circuit: checked again at the next interval.
            LogRevalidationFailed(_logger, exception);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking a circuit's sign-in failed; it is checked again at the next interval.")]
    private static partial void LogRevalidationFailed(ILogger logger, Exception exception);
}
