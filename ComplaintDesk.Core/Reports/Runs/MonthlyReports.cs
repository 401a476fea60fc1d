using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Core.Reports.Workbook;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>
/// Builds and keeps the monthly workbooks. A workbook is kept (<see cref="IWorkbookStore"/>) only when
/// complete, so a crash never leaves a half file listed; every run is recorded, and a re-run replaces the
/// month's workbook while its history stays.
/// </summary>
public sealed class MonthlyReports(
    IDbContextFactory<DeskDbContext> dbFactory,
    MonthlyWorkbook workbook,
    IWorkbookStore store,
    DeskTimeZone zone,
    TimeProvider time,
    IDeskNotifier notifier,
    IPersonalDataLog accessLog) : IMonthlyReports
{
    public async Task<IReadOnlyList<MonthlyReportSummary>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        MonitoringDesk.EnsureMayMonitor(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.MonthlyReportRuns.AsNoTracking().ToListAsync(cancellationToken);
        return [.. runs
            .GroupBy(r => r.Month)
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MonthlyReportSummary(
                g.Key,
                g.Where(r => r.Succeeded).MaxBy(r => r.StartedAt) is { } stored ? MonthlyReportView.From(stored) : null,
                MonthlyReportView.From(g.MaxBy(r => r.StartedAt)!),
                g.Count()))];
    }

    public Task<MonthlyReportView> BuildAsync(string month, Actor actor, CancellationToken cancellationToken)
    {
        MonitoringDesk.EnsureMayMonitor(actor);
        return BuildAsync(Read(month), actor.Email, cancellationToken);
    }

    /// <summary>The schedule's run on the 1st: the month before today in the desk's time zone.</summary>
    public Task<MonthlyReportView> BuildPreviousMonthAsync(CancellationToken cancellationToken) =>
        BuildAsync(ReportMonth.Of(MonitoringPeriod.MonthBefore(time.GetUtcNow(), zone.Zone)), MonthlyReportRun.Schedule, cancellationToken);

    public async Task<ReportFile?> OpenAsync(string month, Actor actor, CancellationToken cancellationToken)
    {
        MonitoringDesk.EnsureMayMonitor(actor);
        var reportMonth = Read(month);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.MonthlyReportRuns.AnyAsync(r => r.Month == reportMonth.ToString() && r.Succeeded, cancellationToken);
        return stored && await store.OpenAsync(reportMonth.FileName, cancellationToken) is { } content
            ? new ReportFile(reportMonth.FileName, content)
            : null;
    }

    public async Task WriteWithPersonalDataAsync(string month, Actor actor, Stream output, CancellationToken cancellationToken)
    {
        MonitoringDesk.EnsureMayMonitor(actor);
        if (!actor.MaySeePersonalData)
        {
            throw new NotPermittedException(DeskMessage.Of(DeskKeys.PersonalDataForSupervisors));
        }

        var reportMonth = Read(month);
        await workbook.WriteAsync(reportMonth.Period, time.GetUtcNow(), output, withPersonalData: true, cancellationToken);
        // ISO 10002 4.10: every export of personal data is recorded, once the file exists; a failed one produced nothing.
        await accessLog.RecordExportAsync(reportMonth.ToString(), actor, cancellationToken);
    }

    private ReportMonth Read(string month) => ReportMonth.Parse(month, time.GetUtcNow(), zone.Zone);

    /// <summary>After a restart: runs that were building never finished, and what they left behind is garbage.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await store.RecoverAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unfinished = await db.MonthlyReportRuns.Where(r => r.FinishedAt == null).ToListAsync(cancellationToken);
        unfinished.ForEach(r => r.Fail(time.GetUtcNow(), TimeSpan.Zero, "Interrupted: the desk restarted while it was building."));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<MonthlyReportView> BuildAsync(ReportMonth month, string requestedBy, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = new MonthlyReportRun(month.ToString(), requestedBy, time.GetUtcNow());
        db.MonthlyReportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            var (figures, bytes) = await store.KeepAsync(
                month.FileName,
                file => workbook.WriteAsync(month.Period, time.GetUtcNow(), file, withPersonalData: false, cancellationToken),
                cancellationToken);
            run.Succeed(time.GetUtcNow(), time.GetElapsedTime(started), bytes, figures.Total.Received);
        }
        catch (Exception failure)
        {
            // Whatever went wrong, the run is recorded as failed (by its kind: the message may quote data).
            run.Fail(time.GetUtcNow(), time.GetElapsedTime(started), failure is OperationCanceledException ? "Cancelled." : $"Failed: {failure.GetType().Name}.");
            throw;
        }
        finally
        {
            await db.SaveChangesAsync(CancellationToken.None);
            await notifier.ReportBuiltAsync(MonthlyReportView.From(run), CancellationToken.None);
        }

        return MonthlyReportView.From(run);
    }
}
