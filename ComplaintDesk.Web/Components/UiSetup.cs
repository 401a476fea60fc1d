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
        {
            // The desk's own Content-Security-Policy (SecurityHeaders) carries frame-ancestors for every answer.
            options.ContentSecurityFrameAncestorsPolicy = null;
            // Compressed still, but each message on its own: a compressor kept between messages holds a few hundred
            // KB of native memory for every open circuit, idle or not.
            options.ConfigureWebSocketAcceptContext = (_, accept) =>
            {
                accept.DangerousEnableCompression = true;
                accept.DisableServerContextTakeover = true;
                return Task.CompletedTask;
            };
        });
}
