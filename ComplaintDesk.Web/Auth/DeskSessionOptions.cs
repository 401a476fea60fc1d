namespace ComplaintDesk.Web.Auth;

/// <summary><c>Desk:Sessions</c>: how long a browser's sign-in lasts.</summary>
public sealed class DeskSessionOptions
{
    public const string Section = "Desk:Sessions";

    /// <summary>A cookie unused this long is refused; each use moves the limit on.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session older than this is refused however busy it is.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);
}
