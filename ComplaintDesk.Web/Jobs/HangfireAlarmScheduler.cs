using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Persistence;
using Hangfire;

namespace ComplaintDesk.Web.Jobs;

/// <summary>
/// Core's alarms as Hangfire delayed jobs. The delay is measured on the desk's <see cref="TimeProvider"/>,
/// so an instant means the same thing to the job as to the rules that set it; the job is given its instant
/// to wait for it when Hangfire fires it early (<see cref="EarlyTriggers"/>), as it does on purpose by the
/// storage's <see cref="DeskJobStorage.AlarmLead"/>.
/// </summary>
public sealed class HangfireAlarmScheduler(IBackgroundJobClient jobs, TimeProvider time, DeskDatabaseSource database) : IAlarmScheduler
{
    private readonly TimeSpan _lead = DeskJobStorage.AlarmLead(database);

    public void CheckComplaintAt(long complaintId, DateTimeOffset at) =>
        jobs.Schedule<SlaCheckJob>(job => job.RunAsync(complaintId, at, CancellationToken.None), Delay(at));

    public void CheckUnhandledAt(long alertId, DateTimeOffset at) =>
        jobs.Schedule<UnhandledCheckJob>(job => job.RunAsync(alertId, at, CancellationToken.None), Delay(at));

    private TimeSpan Delay(DateTimeOffset at)
    {
        var delay = at - _lead - time.GetUtcNow();
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }
}
