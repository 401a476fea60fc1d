using System.Text.Json.Serialization;
using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Web.Hubs;

public static class HubSetup
{
    public const string Path = "/hubs/desk";

    public static IServiceCollection AddDeskHub(this IServiceCollection services)
    {
        services.AddSignalR()
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<IDeskNotifier, HubDeskNotifier>();
        return services;
    }

    public static void MapDeskHub(this WebApplication app) => app.MapHub<DeskHub>(Path);
}
