using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Web.Auth;

/// <param name="User">The person, only when the attempt succeeded.</param>
/// <param name="RetryAfter">How long a paused client address waits.</param>
public sealed record SignInAttempt(SignInOutcome Outcome, DeskUser? User = null, TimeSpan? RetryAfter = null);
