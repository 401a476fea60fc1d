using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Staff;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Localization;

/// <summary>
/// A person picks the desk's language from their menu: kept on their account for every later sign-in, and in the
/// culture cookie for this one. A full page load follows, because a Blazor circuit keeps the culture it started with.
/// </summary>
public static class CultureChoice
{
    public const string Path = "/account/culture";

    public static async Task<IResult> ChooseAsync(
        [FromForm] string? culture, [FromForm] string? returnUrl, HttpContext http, UserManager<DeskUser> users,
        StaffPreferences preferences, IOptions<DeskCultureOptions> cultures)
    {
        if (cultures.Value.Find(culture) is not { } chosen || users.GetUserId(http.User) is not { } userId)
        {
            return Results.BadRequest();
        }

        await preferences.SetPreferredCultureAsync(userId, chosen, http.RequestAborted);
        CultureCookie.Apply(http, chosen);
        return Results.LocalRedirect(LocalPath.OrHome(returnUrl));
    }
}
