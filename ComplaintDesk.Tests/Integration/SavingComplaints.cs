using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Tests.Core;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Integration;

public sealed class SavingComplaints(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    private static NewComplaint Intake() => NewComplaints.ByEmail("Call centre", "Customer service", "I waited 48 minutes on hold.");

    [Fact]
    public async Task References_count_per_year_in_the_desks_time_zone()
    {
        // 21:30 UTC on 31 December is already 1 January 2027 in Istanbul (UTC+3).
        var first = await desk.Workflow.ReceiveAsync(Intake(), desk.Handler, CancellationToken.None);
        var second = await desk.Workflow.ReceiveAsync(Intake(), desk.Handler, CancellationToken.None);

        Assert.Matches(@"^CMP-2027-\d{6}$", first.Reference);
        Assert.Equal(int.Parse(first.Reference[^6..], CultureInfo.InvariantCulture) + 1, int.Parse(second.Reference[^6..], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_stale_save_is_refused_by_the_version_token_even_without_If_Match()
    {
        var reference = (await desk.Workflow.ReceiveAsync(Intake(), desk.Handler, CancellationToken.None)).Reference;
        await using var late = desk.NewContext();
        var stale = await late.Complaints.SingleAsync(c => c.Reference == reference);

        await desk.Workflow.ApplyAsync(reference, desk.Handler, null, new NoteCommand("First"), CancellationToken.None);
        stale.AddNote("Second", new Stamp(desk.Time.GetUtcNow(), desk.Handler));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => late.SaveChangesAsync());
        var saved = await desk.Workflow.ApplyAsync(reference, desk.Handler, null, new NoteCommand("Third"), CancellationToken.None);
        Assert.Equal(["Receive", "Note", "Note"], saved.Timeline.Select(e => e.Kind.ToString()));
        Assert.Equal("Third", saved.Timeline[^1].Text);
    }

    [Fact]
    public async Task Timeline_events_cannot_be_changed_or_deleted()
    {
        await desk.Workflow.ReceiveAsync(Intake(), desk.Handler, CancellationToken.None);
        await using var db = desk.NewContext();
        var complaintEvent = await db.TimelineEvents.Where(e => e.Move == ComplaintMove.Receive).FirstAsync();

        db.TimelineEvents.Remove(complaintEvent);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var check = desk.NewContext();
        Assert.True(await check.TimelineEvents.AnyAsync(e => e.Id == complaintEvent.Id));
    }

    [Fact]
    public async Task Instants_are_stored_as_utc_and_come_back_equal()
    {
        var received = new DateTimeOffset(2026, 12, 30, 10, 15, 0, TimeSpan.FromHours(3));
        var created = await desk.Workflow.ReceiveAsync(
            Intake() with { ReceivedAt = received }, desk.Handler, CancellationToken.None);

        Assert.Equal(received, created.Intake.ReceivedAt);
        Assert.Equal(TimeSpan.Zero, created.Intake.ReceivedAt.Offset);
    }
}
