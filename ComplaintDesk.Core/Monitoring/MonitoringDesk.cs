using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>
/// The one computation of a period's figures: the dashboard and the monthly workbook both
/// call <see cref="ComputeAsync"/>, so they cannot disagree.
/// </summary>
public sealed class MonitoringDesk(IDbContextFactory<DeskDbContext> dbFactory, DeskTimeZone zone, TimeProvider time) : IMonitoringDesk
{
    private const int DrillShown = 500;

    public static void EnsureMayMonitor(Actor actor)
    {
        if (!actor.Has(DeskCapability.ReadMonitoring))
        {
            throw new NotPermittedException(DeskMessage.Of(DeskKeys.MonitoringRoles));
        }
    }

    public Task<MonitoringFigures> FiguresAsync(MonitoringPeriod period, Actor actor, CancellationToken cancellationToken)
    {
        EnsureMayMonitor(actor);
        period.Check().ThrowIfAny();
        return ComputeAsync(period, time.GetUtcNow(), cancellationToken);
    }

    public MonitoringWindow WindowOf(MonitoringPeriod period, DateTimeOffset asOf) => new(period.StartIn(zone.Zone), period.EndIn(zone.Zone), asOf);

    public Task<MonitoringFigures> ComputeAsync(MonitoringPeriod period, DateTimeOffset asOf, CancellationToken cancellationToken) =>
        ComputeAsync(period, asOf, visit: null, cancellationToken);

    /// <param name="visit">
    /// Shown every complaint the figures read, with its texts, as it is counted: the workbook writes its
    /// rows from the same read, so a month is read once.
    /// </param>
    public async Task<MonitoringFigures> ComputeAsync(
        MonitoringPeriod period, DateTimeOffset asOf, Func<MonitoredComplaint, ValueTask>? visit, CancellationToken cancellationToken)
    {
        var window = WindowOf(period, asOf);
        var total = new FiguresTally();
        var groups = Enum.GetValues<MonitoringDimension>().ToDictionary(d => d, _ => new Dictionary<string, FiguresTally>());
        var rootCauses = new Dictionary<string, int>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var complaint in MonitoringReader.ComplaintsAsync(dbFactory, window, withText: visit is not null, cancellationToken))
        {
            if (visit is not null)
            {
                await visit(complaint);
            }

            total.Add(complaint, window);
            foreach (var tally in GroupsOf(groups, complaint.Keys))
            {
                tally.Add(complaint, window);
            }

            if (complaint is { Status: ComplaintStatus.Closed, ClosedAt: { } closed, RootCause: { } cause } && window.Contains(closed))
            {
                rootCauses[cause] = rootCauses.GetValueOrDefault(cause) + 1;
            }
        }

        var escalations = await MonitoringReader.EscalationsAsync(db, window, cancellationToken);
        foreach (var escalation in escalations.Where(e => e.Level >= 1))
        {
            total.AddEscalation();
            foreach (var tally in GroupsOf(groups, escalation.Keys))
            {
                tally.AddEscalation();
            }
        }

        foreach (var reopening in await MonitoringReader.ReopeningsAsync(db, window, cancellationToken))
        {
            total.AddReopening();
            foreach (var tally in GroupsOf(groups, reopening.Keys))
            {
                tally.AddReopening();
            }
        }

        return new MonitoringFigures(
            period,
            asOf,
            total.Figures(),
            groups.ToDictionary(g => g.Key, g => (IReadOnlyList<GroupFigures>)Pareto(g.Value, total.Received)),
            [.. escalations
                .GroupBy(e => (e.Level, e.Trigger!.Value))
                .Select(g => new EscalationCount(g.Key.Level, g.Key.Item2, g.Count()))
                .OrderBy(e => e.Level).ThenBy(e => e.Trigger)],
            [.. rootCauses.Select(r => new RootCauseCount(r.Key, r.Value)).OrderByDescending(r => r.Count).ThenBy(r => r.RootCause, StringComparer.Ordinal)]);
    }

    public async Task<MonitoringDrill> ComplaintsBehindAsync(
        MonitoringPeriod period, MonitoringSlice slice, Actor actor, CancellationToken cancellationToken)
    {
        EnsureMayMonitor(actor);
        period.Check().ThrowIfAny();
        var window = WindowOf(period, time.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var byEvent = slice.Measure switch
        {
            MonitoringMeasure.Escalated => (await MonitoringReader.EscalationsAsync(db, window, cancellationToken)).Where(slice.IncludesEscalation),
            MonitoringMeasure.Reopened => (await MonitoringReader.ReopeningsAsync(db, window, cancellationToken)).Where(e => slice.InGroup(e.Keys)),
            _ => null,
        };
        var references = byEvent?.Select(e => e.Reference).ToHashSet(StringComparer.Ordinal);
        var shown = new List<MonitoredComplaint>();
        var total = 0;
        await foreach (var complaint in MonitoringReader.ComplaintsAsync(dbFactory, window, withText: false, cancellationToken))
        {
            if (references?.Contains(complaint.Reference) ?? slice.Matches(complaint, window))
            {
                total++;
                if (shown.Count < DrillShown)
                {
                    shown.Add(complaint);
                }
            }
        }

        return new MonitoringDrill(shown, total);
    }

    private static IEnumerable<FiguresTally> GroupsOf(Dictionary<MonitoringDimension, Dictionary<string, FiguresTally>> groups, GroupKeys keys)
    {
        foreach (var (dimension, tallies) in groups)
        {
            var key = keys.For(dimension);
            if (!tallies.TryGetValue(key, out var tally))
            {
                tallies[key] = tally = new FiguresTally();
            }

            yield return tally;
        }
    }

    private static List<GroupFigures> Pareto(Dictionary<string, FiguresTally> tallies, int received)
    {
        var cumulative = 0;
        return [.. tallies
            .Select(t => (t.Key, Figures: t.Value.Figures()))
            .OrderByDescending(t => t.Figures.Received).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t =>
            {
                cumulative += t.Figures.Received;
                return new GroupFigures(
                    t.Key, t.Figures, received == 0 ? 0 : (double)t.Figures.Received / received, received == 0 ? 0 : (double)cumulative / received);
            })];
    }
}
