using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ComplaintDesk.Web.Localization;

/// <summary>
/// Each request speaks the person's stored choice (the culture cookie set at sign-in), else the browser's
/// <c>Accept-Language</c>, else <c>Desk:DefaultCulture</c>; screens and API answers alike.
/// </summary>
public static class LocalizationSetup
{
    public static IServiceCollection AddDeskLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeskCultureOptions>()
            .Bind(configuration.GetSection(DeskCultureOptions.Section))
            .Validate(o => o.IsValid(), "Desk:Cultures must list culture names, Desk:DefaultCulture among them.")
            .ValidateOnStart();
        services.AddLocalization();
        services.AddSingleton<InDeskCulture>();
        services.AddTransient<MudLocalizer, DeskMudLocalizer>();
        services.AddOptions<RequestLocalizationOptions>()
            .Configure<IOptions<DeskCultureOptions>>((localization, desk) =>
            {
                var cultures = desk.Value.Supported.Select(CultureInfo.GetCultureInfo).ToList();
                localization.SupportedCultures = cultures;
                localization.SupportedUICultures = cultures;
                localization.DefaultRequestCulture = new RequestCulture(desk.Value.Find(desk.Value.DefaultCulture)!);
                localization.RequestCultureProviders =
                [
                    new RegionlessCultureProvider(new CookieRequestCultureProvider { CookieName = CultureCookie.Name }, desk.Value),
                    new RegionlessCultureProvider(new AcceptLanguageHeaderRequestCultureProvider(), desk.Value),
                ];
            });
        return services;
    }

    /// <summary>First in the pipeline, so error pages and ProblemDetails written on the way out speak it too.</summary>
    public static void UseDeskLocalization(this WebApplication app) => app.UseRequestLocalization();
}
