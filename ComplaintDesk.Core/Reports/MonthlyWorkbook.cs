using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Persistence;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Reports;

/// <summary>
/// The monthly monitoring workbook (DESIGN §8): the figures from <see cref="MonitoringDesk.ComputeAsync"/>
/// in styled sheets built by ClosedXML, and the row sheets streamed from the database, so a month of
/// 100,000 complaints takes seconds and a year does not run out of memory.
/// </summary>
public sealed class MonthlyWorkbook(IDbContextFactory<DeskDbContext> dbFactory, MonitoringDesk monitoring, DeskTimeZone zone)
{
    public static IReadOnlyList<string> SheetNames { get; } =
        ["Summary", "By category", "By channel", "By priority", "By handler", BreachesSheet.Name, EscalationsSheet.Name, ComplaintsSheet.Name];

    /// <summary>Writes the workbook to <paramref name="output"/> (it need not be seekable); returns the figures in it.</summary>
    public async Task<MonitoringFigures> WriteAsync(
        MonitoringPeriod period, DateTimeOffset asOf, Stream output, bool withPersonalData, CancellationToken cancellationToken)
    {
        var figures = await monitoring.ComputeAsync(period, asOf, cancellationToken);
        var window = monitoring.WindowOf(period, asOf);
        var breaches = new List<BreachRow>();
        var complaints = new StreamedSheet(ComplaintsSheet.Name, ComplaintsSheet.Columns(withPersonalData), async (rows, token) =>
        {
            await using var people = withPersonalData ? await dbFactory.CreateDbContextAsync(token) : null;
            await using var complainants = people is null ? null : MonitoringReader.ComplainantsAsync(people, window).GetAsyncEnumerator(token);
            await ComplaintsSheet.WriteAsync(rows, ReadAhead(MonitoringReader.ComplaintsAsync(dbFactory, window, withText: true, token), token), complainants, window, breaches, token);
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

        using var skeleton = WorkbookSkeleton.Build(figures, zone.Zone, [breachSheet, escalations, complaints]);
        // Complaints first: reading them finds the breaches.
        await WorkbookSplicer.WriteAsync(skeleton, output, [complaints, breachSheet, escalations], zone.Zone, cancellationToken);
        return figures;
    }

    // Reading the next complaints on one core while the other writes and compresses rows.
    private static IAsyncEnumerable<MonitoredComplaint> ReadAhead(IAsyncEnumerable<MonitoredComplaint> complaints, CancellationToken cancellationToken)
    {
        var buffer = Channel.CreateBounded<MonitoredComplaint>(new BoundedChannelOptions(2_000) { SingleReader = true, SingleWriter = true });
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var complaint in complaints.WithCancellation(cancellationToken))
                    {
                        await buffer.Writer.WriteAsync(complaint, cancellationToken);
                    }

                    buffer.Writer.Complete();
                }
                catch (Exception failure) when (failure is not OutOfMemoryException)
                {
                    buffer.Writer.Complete(failure);
                }
            },
            cancellationToken);
        return buffer.Reader.ReadAllAsync(cancellationToken);
    }
}
