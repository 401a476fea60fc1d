using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Hangfire's logging is process-wide; a desk must not inherit another desk's stopped logging.</summary>
public sealed class KeepingJobsWorkingWhenAnotherDeskStops
{
    [Fact]
    public async Task A_desk_still_schedules_jobs_after_another_desk_in_the_same_process_has_stopped()
    {
        await using var staying = new DeskApiFactory();
        _ = staying.Server;
        var leaving = new DeskApiFactory();
        _ = leaving.Server;
        await leaving.DisposeAsync();

        var storage = staying.Services.GetRequiredService<JobStorage>();
        var manager = staying.Services.GetRequiredService<IRecurringJobManagerFactory>().GetManager(storage);
        manager.AddOrUpdate<SlaSweepJob>("after-another-desk-stopped", job => job.RunAsync(CancellationToken.None), Cron.Never());

        using var connection = storage.GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), job => job.Id == "after-another-desk-stopped");
    }
}
