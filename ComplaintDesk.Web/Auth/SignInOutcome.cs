namespace ComplaintDesk.Web.Auth;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Wrong e-mail, wrong password or a deactivated account: deliberately one answer.</summary>
    Failed,
    LockedOut,

    /// <summary>The client address failed too often and has to wait.</summary>
    Paused,
}
