using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using static ComplaintDesk.Tests.Core.Duplicates.DuplicateDesk;

namespace ComplaintDesk.Tests.Core.Duplicates;

/// <summary>
/// Merging closes a duplicate as merged into an open complaint: both timelines name the other, the link is stored,
/// the duplicate's clocks stop and the audit records it. A merge that is refused writes nothing.
/// </summary>
public sealed class MergingADuplicateIntoItsTwin : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();
    private string _duplicate = "";
    private string _twin = "";

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        _twin = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com");
        _duplicate = await ReceiveAsync(_desk, ParcelRetold, email: "deniz@example.com");
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Closes_the_duplicate_as_merged_and_links_both_timelines()
    {
        _desk.Time.Advance(TimeSpan.FromMinutes(5));
        await MergeAsync(_desk, _duplicate, _twin);

        var (duplicate, twin) = await ReadAsync();
        Assert.Equal(ComplaintStatus.Closed, duplicate.Status);
        Assert.Equal(ClosingOutcome.Merged, duplicate.Outcome);
        Assert.Null(duplicate.Satisfaction);
        Assert.Equal(twin.Id, duplicate.MergedIntoId);
        Assert.Equal(_desk.Time.GetUtcNow(), duplicate.ClosedAt);
        Assert.All(duplicate.Clocks, clock => Assert.Equal(_desk.Time.GetUtcNow(), clock.StoppedAt));
        Assert.Equal(ComplaintStatus.Received, twin.Status);
        Assert.Null(twin.MergedIntoId);

        var merge = duplicate.Timeline[^1];
        Assert.Equal((ComplaintMove.Merge, ComplaintStatus.Received, ComplaintStatus.Closed), (merge.Move, merge.FromStatus, merge.ToStatus));
        Assert.Equal(DeskMessage.Of(EventKeys.MergedInto, _twin), merge.What);
        var mergedIn = twin.Timeline[^1];
        Assert.Equal((ComplaintMove.DuplicateMergedIn, ComplaintStatus.Received), (mergedIn.Move, mergedIn.ToStatus));
        Assert.Equal(DeskMessage.Of(EventKeys.DuplicateMergedIn, _duplicate), mergedIn.What);

        var duplicateLinks = await Queries(_desk).MergeLinksAsync(_duplicate, CancellationToken.None);
        Assert.Equal((_twin, 0), (duplicateLinks.MergedInto, duplicateLinks.MergedFrom.Count));
        var twinLinks = await Queries(_desk).MergeLinksAsync(_twin, CancellationToken.None);
        Assert.Null(twinLinks.MergedInto);
        Assert.Equal([_duplicate], twinLinks.MergedFrom);

        await using var db = _desk.NewContext();
        var audit = Assert.Single(await db.AuditEvents.Where(e => e.Area == AuditAreas.Complaints).ToListAsync());
        Assert.Equal((_desk.Handler.Email, DeskMessage.Of(AuditKeys.ComplaintMerged, _duplicate, _twin)), (audit.ActorEmail, audit.What));
    }

    [Fact]
    public async Task Tells_every_open_screen_about_both_complaints()
    {
        await MergeAsync(_desk, _duplicate, _twin);

        Assert.Contains(_desk.Notifier.Changes, c => c.Reference == _duplicate && c.Status == ComplaintStatus.Closed);
        Assert.Contains(_desk.Notifier.Changes, c => c.Reference == _twin && c.LastMove == ComplaintMove.DuplicateMergedIn);
    }

    [Fact]
    public async Task Refuses_merging_into_itself_and_writes_nothing()
    {
        var refused = await RefusedAsync<InvalidInputException>(() => MergeAsync(_desk, _duplicate, _duplicate));

        Assert.Equal(DeskMessage.Of(ComplaintKeys.MergeIntoItself), Assert.Single(refused.Errors["into"]));
    }

    [Fact]
    public async Task Refuses_merging_into_an_unknown_complaint_and_writes_nothing()
    {
        var refused = await RefusedAsync<InvalidInputException>(() => MergeAsync(_desk, _duplicate, "CMP-2026-999999"));

        Assert.Equal(DeskMessage.Of(ComplaintKeys.MergeIntoUnknown, "CMP-2026-999999"), Assert.Single(refused.Errors["into"]));
    }

    [Fact]
    public async Task Refuses_a_merge_that_names_no_complaint()
    {
        var refused = await RefusedAsync<InvalidInputException>(() => MergeAsync(_desk, _duplicate, " "));

        Assert.Equal(DeskMessage.Of(ComplaintKeys.MergeIntoMissing), Assert.Single(refused.Errors["into"]));
    }

    [Fact]
    public async Task Refuses_merging_into_a_closed_withdrawn_or_merged_complaint_and_writes_nothing()
    {
        var closed = await ReceiveAsync(_desk, "The shop was closed.");
        await CloseAsync(_desk, closed, 3);
        var withdrawn = await ReceiveAsync(_desk, "Nobody answered.");
        await _desk.Workflow.ApplyAsync(withdrawn, _desk.Handler, null, new WithdrawCommand("Called it off."), CancellationToken.None);
        var merged = await ReceiveAsync(_desk, "Still waiting.");
        await MergeAsync(_desk, merged, _twin);

        foreach (var finished in new[] { closed, withdrawn, merged })
        {
            await RefusedAsync<MoveRefusedException>(() => MergeAsync(_desk, _duplicate, finished), also: finished);
        }
    }

    [Fact]
    public async Task Refuses_merging_a_complaint_that_is_already_closed()
    {
        await _desk.Workflow.ApplyAsync(_duplicate, _desk.Handler, null, new WithdrawCommand("Called it off."), CancellationToken.None);

        await RefusedAsync<MoveRefusedException>(() => MergeAsync(_desk, _duplicate, _twin));
    }

    [Fact]
    public async Task Refuses_a_merge_based_on_a_version_someone_else_has_since_changed()
    {
        await _desk.Workflow.ApplyAsync(_duplicate, _desk.Handler, null, new NoteCommand("Called the courier."), CancellationToken.None);

        await RefusedAsync<StaleVersionException>(() => MergeAsync(_desk, _duplicate, _twin, version: 1));
    }

    [Fact]
    public async Task Refuses_closing_by_hand_as_merged()
    {
        var decided = await ReceiveAsync(_desk, "The shop was closed.");
        await DecideAsync(_desk, decided);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            _desk.Workflow.ApplyAsync(decided, _desk.Handler, null, new CloseCommand(ClosingOutcome.Merged), CancellationToken.None));

        Assert.Equal(DeskMessage.Of(ComplaintKeys.MergedOnlyByMerging), Assert.Single(refused.Errors["outcome"]));
    }

    [Fact]
    public async Task Lets_only_those_who_work_complaints_merge()
    {
        await RefusedAsync<NotPermittedException>(() =>
            _desk.Workflow.ApplyAsync(_duplicate, PrivacyDesk.Quality, null, new MergeCommand(_twin), CancellationToken.None));
    }

    /// <summary>Runs a merge that must be refused, and checks it left both complaints, and any other named, as they were.</summary>
    private async Task<TException> RefusedAsync<TException>(Func<Task> merge, string? also = null)
        where TException : Exception
    {
        var before = await StateAsync(also);
        var refused = await Assert.ThrowsAsync<TException>(merge);
        Assert.Equal(before, await StateAsync(also));
        return refused;
    }

    private async Task<string> StateAsync(string? also)
    {
        await using var db = _desk.NewContext();
        var references = new[] { _duplicate, _twin, also ?? _twin };
        var rows = await db.Complaints.AsNoTracking().Where(c => references.Contains(c.Reference)).OrderBy(c => c.Id)
            .Select(c => new { c.Reference, c.Status, c.Version, c.MergedIntoId, c.Outcome, Events = c.Timeline.Count })
            .ToListAsync();
        var audits = await db.AuditEvents.CountAsync(e => e.Area == AuditAreas.Complaints);
        return string.Join(" | ", rows) + $" | audit {audits}";
    }

    private async Task<(Complaint Duplicate, Complaint Twin)> ReadAsync()
    {
        await using var db = _desk.NewContext();
        var rows = await db.Complaints.AsNoTracking().Include(c => c.Timeline)
            .Where(c => c.Reference == _duplicate || c.Reference == _twin).ToListAsync();
        return (rows.Single(c => c.Reference == _duplicate), rows.Single(c => c.Reference == _twin));
    }
}
