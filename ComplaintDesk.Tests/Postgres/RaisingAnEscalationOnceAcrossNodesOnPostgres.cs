using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// Two nodes on one PostgreSQL database run the same checks at the same moment: the database (the alert's unique
/// key and the complaint's version), not the timing, leaves one alert and one announcement between them.
/// </summary>
public sealed class RaisingAnEscalationOnceAcrossNodesOnPostgres : IAsyncLifetime
{
    private static readonly DateTimeOffset _mondayOpening = new(2027, 1, 4, 6, 0, 0, TimeSpan.Zero);
    private readonly PostgresDesk _first = new();
    private PostgresDeskBeside? _second;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new PostgresDeskBeside(_first);
        await _second.InitializeAsync();
        At(_mondayOpening);
    }

    public async Task DisposeAsync()
    {
        await _second!.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_breach_checked_by_both_nodes_at_once_is_raised_once()
    {
        var (id, deadline) = await ReceiveAsync();
        At(deadline);

        var raised = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => Task.Run(
            () => Node(n).Escalations.CheckComplaintAsync(id, CancellationToken.None))));

        Assert.Equal(1, raised.Sum());
        Assert.Single(await AlertsAsync());
        Assert.Single(_first.Notifier.Raised.Concat(_second!.Notifier.Raised));
    }

    [Fact]
    public async Task An_unhandled_breach_swept_by_both_nodes_at_once_is_raised_once()
    {
        var (_, deadline) = await ReceiveAsync();
        At(deadline);
        await _first.Escalations.SweepAsync(CancellationToken.None);
        At(deadline + TimeSpan.FromHours(1));

        var swept = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => Task.Run(
            () => Node(n).Escalations.SweepAsync(CancellationToken.None))));

        Assert.Equal(1, swept.Sum(s => s.AlertsRaised));
        Assert.Single(await AlertsAsync(), a => a.Trigger == AlertTrigger.Unhandled);
    }

    private CoreDesk Node(int n) => n % 2 == 0 ? _first : _second!;

    private void At(DateTimeOffset instant)
    {
        _first.Time.SetUtcNow(instant);
        _second!.Time.SetUtcNow(instant);
    }

    private async Task<(long Id, DateTimeOffset Deadline)> ReceiveAsync()
    {
        var complaint = await _first.Workflow.ReceiveAsync(NewComplaints.ByEmail(category: "Billing"), _first.Handler, CancellationToken.None);
        await using var db = _first.NewContext();
        var id = await db.Complaints.Where(c => c.Reference == complaint.Reference).Select(c => c.Id).SingleAsync();
        return (id, complaint.Clocks.Single(c => c.Kind == ClockKind.Acknowledge).Deadline);
    }

    private async Task<List<Alert>> AlertsAsync()
    {
        await using var db = _first.NewContext();
        return await db.Alerts.AsNoTracking().ToListAsync();
    }
}
