using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Jobs;

/// <summary>
/// Hangfire holds triggers, never state: the database is the truth, and the sweep at start catches up
/// with whatever came due while the app was down. Its storage follows the desk's engine (<see cref="DeskJobStorage"/>).
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/hangfire";

    /// <summary>How many jobs run at once (see the comment where it is set).</summary>
    public const int Workers = 20;

    // Hangfire's scheduler polls; at this interval a delayed job starts within about a second of its instant.
    private static readonly TimeSpan _schedulePolling = TimeSpan.FromMilliseconds(200);

    public static IServiceCollection AddDeskJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobOptions>()
            .Bind(configuration.GetSection(JobOptions.Section))
            .Validate(o => o.AbandonedAfter >= TimeSpan.FromSeconds(10), "Desk:Jobs:AbandonedAfter must be at least ten seconds.")
            .ValidateOnStart();
        // Registered before AddHangfire so that each host (and each test host) has its own storage and
        // activator instead of Hangfire's process-wide JobStorage.Current.
        services.AddSingleton(provider => DeskJobStorage.For(
            provider.GetRequiredService<DeskDatabaseSource>(), provider.GetRequiredService<IOptions<JobOptions>>().Value));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration
            .UseLogProvider(new StoppedHostTolerantLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer(options =>
        {
            options.SchedulePollingInterval = _schedulePolling;
            // A check that fires up to a second early holds its worker until the instant; with few workers,
            // checks due together queued past their deadlines (measured: 4 workers, p95 queue wait 1.8 s).
            options.WorkerCount = Workers;
        });
        services.AddSingleton<IAlarmScheduler, HangfireAlarmScheduler>();
        return services;
    }

    public static void MapDeskJobs(this WebApplication app)
    {
        // Hangfire's own filter admits local requests only; the desk's capability check replaces it, from any machine.
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [], DashboardTitle = "ComplaintDesk jobs", AppPath = "/" })
            .RequireAuthorization(nameof(DeskCapability.ManageJobs));

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<SlaSweepJob>(SlaSweepJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), new RecurringJobOptions());
        recurring.AddOrUpdate<NoReplyClosingJob>(NoReplyClosingJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Hourly(), new RecurringJobOptions());
        var deskZone = app.Services.GetRequiredService<DeskTimeZone>();
        ScheduleMonthlyReport(recurring, deskZone.Zone);
        deskZone.Changed += zone => ScheduleMonthlyReport(recurring, zone);
        ScheduleRetention(recurring, deskZone.Zone);
        deskZone.Changed += zone => ScheduleRetention(recurring, zone);
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<SlaSweepJob>(job => job.RunAsync(CancellationToken.None));
    }

    private static void ScheduleMonthlyReport(IRecurringJobManager recurring, TimeZoneInfo zone) =>
        recurring.AddOrUpdate<MonthlyReportJob>(
            MonthlyReportJob.Id, job => job.RunAsync(CancellationToken.None), MonthlyReportJob.Cron, new RecurringJobOptions { TimeZone = zone });

    private static void ScheduleRetention(IRecurringJobManager recurring, TimeZoneInfo zone) =>
        recurring.AddOrUpdate<RetentionJob>(
            RetentionJob.Id, job => job.RunAsync(CancellationToken.None), RetentionJob.Cron, new RecurringJobOptions { TimeZone = zone });
}
