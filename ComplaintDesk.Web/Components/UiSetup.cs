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
        return services;
    }

    public static void MapDeskUi(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}
