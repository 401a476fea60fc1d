using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The monthly workbook's 02:00 on the 1st follows the desk when administrators move it to another zone.</summary>
public sealed class SchedulingTheMonthInTheDesksZone(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Changing_the_calendars_zone_schedules_the_monthly_workbook_in_the_new_zone()
    {
        _ = factory.Server;
        var settings = factory.Services.GetRequiredService<ISlaSettingsEditor>();
        var current = settings.CalendarOptions;
        var administrator = new Actor("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });

        await settings.ChangeAsync(
            new CalendarOptions { TimeZone = "America/New_York", WorkingDays = current.WorkingDays, Start = current.Start, End = current.End, Holidays = current.Holidays },
            settings.SlaOptions, administrator, CancellationToken.None);

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var monthly = connection.GetRecurringJobs().Single(j => j.Id == MonthlyReportJob.Id);
        Assert.Equal(("0 2 1 * *", "America/New_York"), (monthly.Cron, monthly.TimeZoneId));
    }
}
