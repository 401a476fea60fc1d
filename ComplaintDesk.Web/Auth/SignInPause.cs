using System.Globalization;

namespace ComplaintDesk.Web.Auth;

/// <summary>How a client address that failed too often is told to wait.</summary>
public static class SignInPause
{
    public const string Message = "Too many failed sign-ins from this address. Wait a minute, then try again.";

    /// <summary>The <c>Retry-After</c> value: whole seconds, never zero.</summary>
    public static string Seconds(TimeSpan? wait) =>
        Math.Max(1, (int)Math.Ceiling((wait ?? TimeSpan.FromMinutes(1)).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
