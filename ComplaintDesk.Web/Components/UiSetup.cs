using ComplaintDesk.Web.RealTime;
using MudBlazor.Services;

namespace ComplaintDesk.Web.Components;

public static class UiSetup
{
    public static IServiceCollection AddDeskUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 3000;
            options.SnackbarConfiguration.MaxDisplayedSnackbars = 3;
            options.SnackbarConfiguration.PreventDuplicates = true;
        });
        services.AddScoped<DeskEvents>();
        services.AddSingleton(LivePacing.RealTime);
        return services;
    }

    public static void MapDeskUi(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options =>
            // Uncompressed: compressing costs every open circuit memory and every change CPU, for bytes a desk's
            // network does not miss (docs/decisions/0016). With it off, Blazor adds no frame-ancestors policy of its
            // own; the desk's Content-Security-Policy (SecurityHeaders) carries one on every answer.
            options.DisableWebSocketCompression = true);
}
