using System.Globalization;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// Reads the complaint behind a status page's link before the page renders: an unknown or expired link is answered
/// 404 with a page of its own (a page that sets 404 itself is sent without a body), a known one is handed to the page,
/// in the complainant's language unless the visitor chose one (the language switch keeps that in the culture cookie).
/// </summary>
public static class StatusLinkGate
{
    public static void UseStatusLinkGate(this WebApplication app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(StatusPage)
            && http.GetRouteValue("token") is string token)
        {
            var view = await http.RequestServices.GetRequiredService<IStatusPageDesk>().ReadAsync(token, http.RequestAborted);
            if (view is null)
            {
                await new RazorComponentResult<StatusNotFoundPage> { StatusCode = StatusCodes.Status404NotFound }.ExecuteAsync(http);
                return;
            }

            http.Items[typeof(StatusView)] = view;
            SpeakComplainantsLanguage(http, view);
        }

        await next(http);
    });

    private static void SpeakComplainantsLanguage(HttpContext http, StatusView view)
    {
        var cultures = http.RequestServices.GetRequiredService<IOptions<DeskCultureOptions>>().Value;
        if (!http.Request.Cookies.ContainsKey(CultureCookie.Name) && cultures.Find(view.Language) is { } language)
        {
            var culture = CultureInfo.GetCultureInfo(language);
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        }
    }

    /// <summary>What the gate read for this request, if it ran.</summary>
    public static StatusView? ViewOf(HttpContext? http) => http?.Items[typeof(StatusView)] as StatusView;
}
