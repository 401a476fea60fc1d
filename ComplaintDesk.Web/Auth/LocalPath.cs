namespace ComplaintDesk.Web.Auth;

/// <summary>Where a form post may send the browser back to: only paths inside the desk, never an open redirect.</summary>
public static class LocalPath
{
    public static string OrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
