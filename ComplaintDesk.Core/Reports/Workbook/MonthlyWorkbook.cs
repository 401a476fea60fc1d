using System.Threading.Channels;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// The monthly monitoring workbook: the figures from <see cref="MonitoringDesk.ComputeAsync"/>
/// in styled sheets built by ClosedXML, and the row sheets streamed from the database, so a month of
/// 100,000 complaints takes seconds and a year does not run out of memory.
/// </summary>
public sealed class MonthlyWorkbook(IDbContextFactory<DeskDbContext> dbFactory, MonitoringDesk monitoring, DeskTimeZone zone)
{
    /// <summary>Writes the workbook to <paramref name="output"/> (it need not be seekable); returns the figures in it.</summary>
    public async Task<MonitoringFigures> WriteAsync(
        MonitoringPeriod period, DateTimeOffset asOf, Stream output, bool withPersonalData, CancellationToken cancellationToken)
    {
        var window = monitoring.WindowOf(period, asOf);
        var breaches = new List<BreachRow>();
        Task<MonitoringFigures>? counting = null;
        // One read of the month: the figures are counted on one core while the other writes the rows.
        var complaints = new StreamedSheet(ComplaintsSheet.Name, ComplaintsSheet.Columns(withPersonalData), async (rows, token) =>
        {
            var read = Channel.CreateBounded<MonitoredComplaint>(new BoundedChannelOptions(2_000) { SingleReader = true, SingleWriter = true });
            counting = Task.Run(() => CountAsync(period, asOf, read.Writer, token), token);
            await using var people = withPersonalData ? await dbFactory.CreateDbContextAsync(token) : null;
            await using var complainants = people is null ? null : MonitoringReader.ComplainantsAsync(people, window).GetAsyncEnumerator(token);
            await ComplaintsSheet.WriteAsync(rows, read.Reader.ReadAllAsync(token), complainants, window, breaches, token);
            await counting;
        });
        var breachSheet = new StreamedSheet(BreachesSheet.Name, BreachesSheet.Columns, (rows, _) =>
        {
            BreachesSheet.Write(rows, breaches, asOf);
            return Task.CompletedTask;
        });
        var escalations = new StreamedSheet(EscalationsSheet.Name, EscalationsSheet.Columns, async (rows, token) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            await EscalationsSheet.WriteAsync(rows, MonitoringReader.AlertsAsync(db, window), token);
        });

        var begun = Task.Run(() => WorkbookSkeleton.Begin([breachSheet, escalations, complaints]), cancellationToken);
        try
        {
            MonitoringFigures? figures = null;
            // Complaints first: reading them counts the figures and finds the breaches.
            await WorkbookSplicer.WriteAsync(
                output,
                [complaints, breachSheet, escalations],
                async () => (await begun).Finish(figures = await counting!, zone.Zone),
                zone.Zone,
                cancellationToken);
            return figures!;
        }
        finally
        {
            (await begun).Dispose();
        }
    }

    private async Task<MonitoringFigures> CountAsync(
        MonitoringPeriod period, DateTimeOffset asOf, ChannelWriter<MonitoredComplaint> rows, CancellationToken cancellationToken)
    {
        try
        {
            var figures = await monitoring.ComputeAsync(period, asOf, complaint => rows.WriteAsync(complaint, cancellationToken), cancellationToken);
            rows.Complete();
            return figures;
        }
        catch (Exception failure)
        {
            rows.Complete(failure);
            throw;
        }
    }
}
