namespace ComplaintDesk.Web.Auth;

/// <summary><c>Desk:SignIn</c>: how much guessing one client address is allowed.</summary>
public sealed class SignInProtectionOptions
{
    public const string Section = "Desk:SignIn";

    /// <summary>Failed sign-ins one client address may make in a minute before it has to wait.</summary>
    public int FailuresPerMinute { get; set; } = 20;
}
