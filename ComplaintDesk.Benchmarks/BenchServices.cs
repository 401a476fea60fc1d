using ComplaintDesk.Core;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>Core wired as the web app wires it, on a given SQLite file, with nobody to notify.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string databasePath, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Desk:TimeZone"] = "Europe/Istanbul",
                ["Desk:Calendar:WorkingDays:0"] = "Monday",
                ["Desk:Calendar:WorkingDays:1"] = "Tuesday",
                ["Desk:Calendar:WorkingDays:2"] = "Wednesday",
                ["Desk:Calendar:WorkingDays:3"] = "Thursday",
                ["Desk:Calendar:WorkingDays:4"] = "Friday",
                ["Desk:Calendar:Start"] = "09:00",
                ["Desk:Calendar:End"] = "18:00",
            }.Concat(Policies()))
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedClock(BenchComplaints.Now))
            .AddSingleton<IDeskNotifier, SilentNotifier>()
            .AddSingleton<IAlarmScheduler, NoAlarms>()
            .AddComplaintDeskCore(configuration)
            .AddDeskPersistence($"Data Source={databasePath}");
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    // The shipped defaults (ComplaintDesk.Web/appsettings.json), so seeded clocks look like a real desk's.
    private static IEnumerable<KeyValuePair<string, string?>> Policies() =>
        new (string Priority, string Acknowledge, string Respond, string Resolve, bool AroundTheClock)[]
        {
            ("Low", "18:00:00", "3.18:00:00", "7.12:00:00", false),
            ("Medium", "09:00:00", "1.21:00:00", "3.18:00:00", false),
            ("High", "04:00:00", "18:00:00", "1.21:00:00", false),
            ("Critical", "01:00:00", "08:00:00", "1.00:00:00", true),
        }.SelectMany(p => new[]
        {
            KeyValuePair.Create($"Desk:Sla:Policies:{p.Priority}:Acknowledge", (string?)p.Acknowledge),
            KeyValuePair.Create($"Desk:Sla:Policies:{p.Priority}:Respond", (string?)p.Respond),
            KeyValuePair.Create($"Desk:Sla:Policies:{p.Priority}:Resolve", (string?)p.Resolve),
            KeyValuePair.Create($"Desk:Sla:Policies:{p.Priority}:AroundTheClock", (string?)p.AroundTheClock.ToString()),
        });

    private sealed class SilentNotifier : IDeskNotifier
    {
        public Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AlertRaisedAsync(AlertView alert, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AlertReminderAsync(AlertView alert, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AlertAcknowledgedAsync(AlertView alert, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ReportBuiltAsync(MonthlyReportView run, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoAlarms : IAlarmScheduler
    {
        public void CheckComplaintAt(long complaintId, DateTimeOffset at)
        {
        }

        public void CheckUnhandledAt(long alertId, DateTimeOffset at)
        {
        }
    }
}
