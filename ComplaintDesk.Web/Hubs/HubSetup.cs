using System.Text.Json.Serialization;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;

namespace ComplaintDesk.Web.Hubs;

public static class HubSetup
{
    public const string Path = "/hubs/desk";

    public static IServiceCollection AddDeskHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSignalR()
            .AddJsonProtocol(options =>
            {
                options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                // Instants as the API writes them, so a client reads one form everywhere.
                options.PayloadSerializerOptions.Converters.Add(new UtcInstantJsonConverter());
            });
        services.AddSingleton<IDeskNotifier, HubDeskNotifier>();
        if (RedisServer(configuration) is { } redis)
        {
            services.AddDeskBackplane(configuration, redis);
        }

        return services;
    }

    public static void MapDeskHub(this WebApplication app) => app.MapHub<DeskHub>(Path);

    /// <summary><c>ConnectionStrings:Redis</c> (<c>host:port</c>) when set: the desk then runs as one of several nodes.</summary>
    public static string? RedisServer(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { } server && !string.IsNullOrWhiteSpace(server) ? server : null;

    private static void AddDeskBackplane(this IServiceCollection services, IConfiguration configuration, string redis)
    {
        services.Configure<BackplaneOptions>(configuration.GetSection(BackplaneOptions.Section));
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<DeskRedis>(provider, redis));
        services.AddOptions<RedisOptions>().Configure<DeskRedis>((options, connection) => options.ConnectionFactory = _ => connection.ConnectionAsync());
        services.AddSingleton<DefaultHubLifetimeManager<DeskHub>>();
        services.AddSingleton<RedisHubLifetimeManager<DeskHub>>();
        services.AddSingleton<HubLifetimeManager<DeskHub>, DeskHubLifetimeManager>();
    }
}
