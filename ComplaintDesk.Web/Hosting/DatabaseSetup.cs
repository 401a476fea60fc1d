using ComplaintDesk.Core;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Web.Hosting;

public static class DatabaseSetup
{
    /// <summary>
    /// <c>ConnectionStrings:Desk</c> on the engine <c>Desk:Database:Provider</c> names: an Npgsql connection string
    /// for <c>Postgres</c>; for <c>Sqlite</c> (the default) a relative file is placed under the app's content root,
    /// so the embedded default needs no set-up.
    /// </summary>
    public static void AddDeskDatabase(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Desk")
            ?? throw new InvalidOperationException("ConnectionStrings:Desk is not set.");
        var provider = (builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new()).Provider;
        builder.Services.AddDeskPersistence(
            provider == DeskDatabaseProvider.Sqlite ? SqliteFile(configured, builder.Environment.ContentRootPath) : configured, provider);
        builder.Services.AddDeskKeyRing(provider);
        // Workbooks live beside the database by default; a relative folder is under the content root too.
        builder.Services.PostConfigure<ReportOptions>(options =>
            options.Folder = Path.Combine(builder.Environment.ContentRootPath, options.Folder));
    }

    /// <summary>
    /// Migrates, seeds and recovers at start, one node at a time (<see cref="DatabaseStartLock"/>): nodes started
    /// together on an empty database build it once, and each finds the work of those before it done.
    /// </summary>
    public static async Task PrepareDeskDatabaseAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using (await services.GetRequiredService<DatabaseStartLock>().TakeAsync(stopping))
        {
            await using (var db = await services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync(stopping))
            {
                await DatabaseInitializer.InitializeAsync(db, stopping);
            }

            await DeskJobStorage.PrepareAsync(services.GetRequiredService<DeskDatabaseSource>(), stopping);
            KeyRingSetup.EnsureKey(services);
            await services.GetRequiredService<StoredSlaSettings>().LoadAsync(stopping);
            await services.GetRequiredService<DeskSeeder>().SeedAsync(stopping);
            await services.GetRequiredService<MonthlyReports>().RecoverAsync(stopping);
        }
    }

    private static string SqliteFile(string configured, string contentRoot)
    {
        var connection = new SqliteConnectionStringBuilder(configured);
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            connection.DataSource = Path.Combine(contentRoot, connection.DataSource);
        }

        var folder = Path.GetDirectoryName(connection.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return connection.ToString();
    }
}
