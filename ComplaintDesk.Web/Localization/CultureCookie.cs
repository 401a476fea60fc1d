using Microsoft.AspNetCore.Localization;

namespace ComplaintDesk.Web.Localization;

/// <summary>Carries a person's chosen language from sign-in to every request and circuit that follows.</summary>
public static class CultureCookie
{
    public const string Name = ".ComplaintDesk.Culture";

    /// <summary>Sets the cookie to the person's choice, or removes it when they have none so the browser's language decides.</summary>
    public static void Apply(HttpContext http, string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            http.Response.Cookies.Delete(Name);
            return;
        }

        http.Response.Cookies.Append(
            Name,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
    }
}
