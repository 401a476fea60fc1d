using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// A random cookie, the same for one browser on every node, that a proxy hashes to pick the node: a browser's
/// circuit and its reconnections then reach the node that holds it. It says nothing about the person.
/// </summary>
public static class AffinityCookie
{
    public const string NameRule = "Desk:Proxy:AffinityCookie must be letters, digits, '-' or '_'.";

    // A browser keeps its node across restarts of the browser, as long as a working week and then some.
    private static readonly TimeSpan _lifetime = TimeSpan.FromDays(30);

    public static bool IsValidName(string? name) =>
        string.IsNullOrEmpty(name) || name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static void UseAffinityCookie(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.AffinityCookie is not { Length: > 0 } name)
        {
            return;
        }

        app.Use((context, next) =>
        {
            if (!context.Request.Cookies.ContainsKey(name))
            {
                context.Response.Cookies.Append(name, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), new CookieOptions
                {
                    HttpOnly = true,
                    Secure = context.Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                    MaxAge = _lifetime,
                });
            }

            return next(context);
        });
    }
}
