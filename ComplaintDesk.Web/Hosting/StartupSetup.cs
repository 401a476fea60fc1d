namespace ComplaintDesk.Web.Hosting;

public static class StartupSetup
{
    public static IServiceCollection AddDeskStartup(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.AddScoped<DeskSeeder>();
        services.AddHostedService<StartupBanner>();
        return services;
    }
}
