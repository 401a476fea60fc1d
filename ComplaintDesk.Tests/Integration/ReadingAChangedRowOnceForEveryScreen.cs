using System.Data.Common;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Every open screen hears a change at about the same moment and asks for the changed row: the desk
/// reads it from the database once and shapes it for each person who asked.
/// </summary>
public sealed class ReadingAChangedRowOnceForEveryScreen : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();
    private readonly ReadCounter _reads = new();
    private ChangedComplaints _changed = default!;

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        var options = new DbContextOptionsBuilder<DeskDbContext>(_desk.Services.GetRequiredService<DbContextOptions<DeskDbContext>>())
            .AddInterceptors(_reads)
            .Options;
        _changed = new ChangedComplaints(new CountedFactory(options), _desk.Services.GetRequiredService<ISlaSettings>(), _desk.Time);
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Twenty_screens_asking_while_the_read_is_under_way_share_one_read()
    {
        var perRead = await QueriesForOneReadAsync();
        var complaint = await ReceiveAsync();
        var start = _reads.Count;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _reads.Gate = gate.Task;

        var screens = Enumerable.Range(0, 20).Select(_ => _changed.ReadAsync(ChangeOf(complaint), Actors.Handler, CancellationToken.None)).ToList();
        gate.SetResult();
        var rows = await Task.WhenAll(screens);

        Assert.Equal(perRead, _reads.Count - start);
        Assert.All(rows, row => Assert.Equal((complaint.Reference, complaint.Version), (row!.Reference, row.Version)));
    }

    [Fact]
    public async Task The_complainants_name_reaches_handlers_and_supervisors_but_not_quality_managers_or_administrators()
    {
        var perRead = await QueriesForOneReadAsync();
        var complaint = await ReceiveAsync();
        var change = ChangeOf(complaint);
        var start = _reads.Count;

        var handler = await _changed.ReadAsync(change, Actors.Handler, CancellationToken.None);
        var supervisor = await _changed.ReadAsync(change, Actors.Supervisor, CancellationToken.None);
        var quality = await _changed.ReadAsync(change, Actors.QualityManager, CancellationToken.None);
        var administrator = await _changed.ReadAsync(change, Actors.Administrator, CancellationToken.None);

        Assert.Equal(perRead, _reads.Count - start);
        Assert.Equal("Ece Çelik", handler!.ComplainantName);
        Assert.Equal("Ece Çelik", supervisor!.ComplainantName);
        Assert.Null(quality!.ComplainantName);
        Assert.Null(administrator!.ComplainantName);
        Assert.Equal(handler with { ComplainantName = null }, quality);
    }

    [Fact]
    public async Task A_later_version_is_read_again_and_shows_the_move()
    {
        var perRead = await QueriesForOneReadAsync();
        var received = await ReceiveAsync();
        var start = _reads.Count;
        var first = await _changed.ReadAsync(ChangeOf(received), Actors.Handler, CancellationToken.None);
        var acknowledged = await _desk.Workflow.ApplyAsync(received.Reference, _desk.Handler, null, new AcknowledgeCommand(Channel.Email), CancellationToken.None);

        var later = await _changed.ReadAsync(ChangeOf(acknowledged), Actors.Handler, CancellationToken.None);
        var again = await _changed.ReadAsync(ChangeOf(acknowledged), Actors.Supervisor, CancellationToken.None);

        Assert.Equal(2 * perRead, _reads.Count - start);
        Assert.Equal(ComplaintStatus.Received, first!.Status);
        Assert.Equal((ComplaintStatus.Acknowledged, acknowledged.Version), (later!.Status, later.Version));
        Assert.Equal(later, again);
    }

    [Fact]
    public async Task A_read_that_failed_is_not_handed_to_the_next_screen_which_reads_again()
    {
        var perRead = await QueriesForOneReadAsync();
        var complaint = await ReceiveAsync();
        var start = _reads.Count;
        _reads.FailuresLeft = 1;

        await Assert.ThrowsAnyAsync<DbException>(() => _changed.ReadAsync(ChangeOf(complaint), Actors.Handler, CancellationToken.None));
        var next = await _changed.ReadAsync(ChangeOf(complaint), Actors.Supervisor, CancellationToken.None);

        Assert.Equal(1 + perRead, _reads.Count - start);
        Assert.Equal((complaint.Reference, "Ece Çelik"), (next!.Reference, next.ComplainantName));
    }

    // One screen's read of one row is a few queries (the row, then its clocks); sharing is judged against it.
    private async Task<int> QueriesForOneReadAsync()
    {
        var other = await ReceiveAsync();
        var before = _reads.Count;
        await _changed.ReadAsync(ChangeOf(other), Actors.Handler, CancellationToken.None);
        return _reads.Count - before;
    }

    private Task<ComplaintDetails> ReceiveAsync() => _desk.Workflow.ReceiveAsync(
        NewComplaints.ByEmail(),
        _desk.Handler, CancellationToken.None);

    private static ComplaintChange ChangeOf(ComplaintDetails complaint) => new(
        complaint.Reference, complaint.Status, complaint.Priority, complaint.Assignment.Assignee, complaint.Assignment.EscalationLevel, complaint.Version,
        complaint.Status == ComplaintStatus.Received ? ComplaintMove.Receive : ComplaintMove.Acknowledge);

    /// <summary>The desk's own database settings, each context created with the read counter.</summary>
    private sealed class CountedFactory(DbContextOptions<DeskDbContext> options) : IDbContextFactory<DeskDbContext>
    {
        public DeskDbContext CreateDbContext() => new(options);
    }

    /// <summary>Counts the queries sent to the database; can hold them at a gate or fail the next few like a lost disk.</summary>
    private sealed class ReadCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task Gate { get; set; } = Task.CompletedTask;

        public int FailuresLeft { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            await Gate;
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new FailedRead();
            }

            return result;
        }
    }

    private sealed class FailedRead() : DbException("The database could not be read.");
}
