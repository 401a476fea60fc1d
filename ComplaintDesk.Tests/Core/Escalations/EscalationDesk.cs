using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Core.Escalations;

/// <summary>A fresh desk per test (its own database and clock), with the people escalations are for.</summary>
public abstract class EscalationDesk : IAsyncLifetime
{
    // A Monday, 09:00 in Istanbul: the business day has just opened.
    protected static readonly DateTimeOffset MondayOpening = new(2027, 1, 4, 6, 0, 0, TimeSpan.Zero);

    protected EscalationDesk()
        : this(new SqliteDesk())
    {
    }

    protected EscalationDesk(CoreDesk desk) => Desk = desk;

    protected CoreDesk Desk { get; }

    protected static Actor Supervisor { get; } = new("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });

    protected static Actor QualityManager { get; } = new("q1", "quality@demo.local", new HashSet<DeskRole> { DeskRole.QualityManager });

    protected Actor Handler => Desk.Handler;

    public async Task InitializeAsync()
    {
        await Desk.InitializeAsync();
        Desk.Time.SetUtcNow(MondayOpening);
    }

    public Task DisposeAsync() => Desk.DisposeAsync();

    protected Task<ComplaintDetails> ReceiveAsync(Priority priority = Priority.Medium) => Desk.Workflow.ReceiveAsync(
        NewComplaints.ByEmail(category: "Billing", priority: priority),
        Handler,
        CancellationToken.None);

    protected Task<ComplaintDetails> ApplyAsync(string reference, ComplaintCommand command, Actor? actor = null) =>
        Desk.Workflow.ApplyAsync(reference, actor ?? Handler, null, command, CancellationToken.None);

    protected static SlaClock Clock(ComplaintDetails complaint, ClockKind kind) => complaint.Clocks.Single(c => c.Kind == kind);

    protected void At(DateTimeOffset instant) => Desk.Time.SetUtcNow(instant);

    protected async Task<List<Alert>> AlertsAsync()
    {
        await using var db = Desk.NewContext();
        return await db.Alerts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    protected async Task<Complaint> StoredAsync(string reference)
    {
        await using var db = Desk.NewContext();
        return await db.Complaints.AsNoTracking().Include(c => c.Timeline).SingleAsync(c => c.Reference == reference);
    }

    protected async Task<long> IdOfAsync(string reference) => (await StoredAsync(reference)).Id;
}
