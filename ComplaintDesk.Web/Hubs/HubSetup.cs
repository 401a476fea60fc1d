using System.Text.Json.Serialization;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Api;

namespace ComplaintDesk.Web.Hubs;

public static class HubSetup
{
    public const string Path = "/hubs/desk";

    public static IServiceCollection AddDeskHub(this IServiceCollection services)
    {
        services.AddSignalR()
            .AddJsonProtocol(options =>
            {
                options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                // Instants as the API writes them, so a client reads one form everywhere.
                options.PayloadSerializerOptions.Converters.Add(new UtcInstantJsonConverter());
            });
        services.AddSingleton<IDeskNotifier, HubDeskNotifier>();
        return services;
    }

    public static void MapDeskHub(this WebApplication app) => app.MapHub<DeskHub>(Path);
}
