using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Assessing with another priority recomputes the running clocks from receipt, not from the assessment,
/// and leaves a stopped clock as it was (shipped calendar: Istanbul, Monday to Friday 09:00–18:00).
/// </summary>
public sealed class ReassessingThePriority : IAsyncLifetime
{
    // Monday 4 January 2027 in Istanbul (UTC+3), at the given local hour and minute.
    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2027, 1, day, hour, minute, 0, TimeSpan.FromHours(3));

    private readonly SqliteDesk _desk = new();

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        _desk.Time.SetUtcNow(Local(4, 9));
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task High_priority_set_in_the_afternoon_counts_its_eighteen_hours_from_the_morning_receipt()
    {
        var received = await _desk.Workflow.ReceiveAsync(
            NewComplaints.ByEmail(),
            _desk.Handler, CancellationToken.None);
        _desk.Time.SetUtcNow(Local(4, 10));
        await MoveAsync(received.Reference, new AcknowledgeCommand(Channel.Email));
        _desk.Time.SetUtcNow(Local(4, 14));

        var assessed = await MoveAsync(received.Reference, new AssessCommand(Priority.High, "Billing"));

        // Medium's 9 h acknowledge target, stopped at 10:00: its deadline and warning stay Medium's, not High's 13:00.
        Assert.Equal((Local(4, 18), Local(4, 15, 45), ClockState.Met), Figures(assessed, ClockKind.Acknowledge));
        // High's 18 h respond target from Monday 09:00: all of Monday and Tuesday (from 14:00 it would be Wednesday 14:00).
        Assert.Equal((Local(5, 18), Local(5, 13, 30), ClockState.Running), Figures(assessed, ClockKind.Respond));
        // High's 45 h resolve target: the working week to Friday's closing.
        Assert.Equal(Local(8, 18), assessed.Clocks.Single(c => c.Kind == ClockKind.Resolve).Deadline);
    }

    private static (DateTimeOffset Deadline, DateTimeOffset WarningAt, ClockState State) Figures(ComplaintDetails complaint, ClockKind kind)
    {
        var clock = complaint.Clocks.Single(c => c.Kind == kind);
        return (clock.Deadline, clock.WarningAt, clock.State);
    }

    private Task<ComplaintDetails> MoveAsync(string reference, ComplaintCommand command) =>
        _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, command, CancellationToken.None);
}
