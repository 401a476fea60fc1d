using System.Globalization;

namespace ComplaintDesk.Web.Auth;

/// <summary>How long a client address that failed too often is told to wait (its words are <c>Account.Paused.*</c>).</summary>
public static class SignInPause
{
    /// <summary>The <c>Retry-After</c> value: whole seconds, never zero.</summary>
    public static string Seconds(TimeSpan? wait) =>
        Math.Max(1, (int)Math.Ceiling((wait ?? TimeSpan.FromMinutes(1)).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
