using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// The keys that protect cookies, antiforgery and bearer tokens. On SQLite (one node) ASP.NET Core's own default
/// stays: keys in a folder of the machine. On PostgreSQL every node reads and writes one key ring in the shared
/// database under one application name, so what one node issued is good on every other.
/// </summary>
public static class KeyRingSetup
{
    public const string ApplicationName = "ComplaintDesk";

    public static IServiceCollection AddDeskKeyRing(this IServiceCollection services, DeskDatabaseProvider provider)
    {
        if (provider == DeskDatabaseProvider.Postgres)
        {
            services.AddDataProtection()
                .SetApplicationName(ApplicationName)
                .PersistKeysToDbContext<DeskDbContext>();
        }

        return services;
    }

    /// <summary>
    /// Makes the key ring hold a key before the desk serves anyone; run under the start lock, so that nodes started
    /// together make one key between them rather than one each.
    /// </summary>
    public static void EnsureKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName).Protect([]);
}
