using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// The status page's language switch: a form post that keeps the complainant's choice in the culture cookie (which
/// outranks the browser's language) and shows the page again in it. Anonymous; antiforgery applies to every form post.
/// </summary>
public static class StatusLanguage
{
    public static string PathFor(string token) => StatusAddress.Of(token) + "/language";

    public static void MapStatusLanguage(this WebApplication app) =>
        app.MapPost("/status/{token}/language", Choose).AllowAnonymous().ExcludeFromDescription();

    private static IResult Choose(string token, [FromForm] string? culture, IOptions<DeskCultureOptions> cultures, HttpContext http)
    {
        if (cultures.Value.Find(culture) is not { } chosen || token.Length != StatusTokens.Length)
        {
            return Results.BadRequest();
        }

        CultureCookie.Apply(http, chosen);
        return Results.LocalRedirect("/" + StatusAddress.Of(token));
    }
}
