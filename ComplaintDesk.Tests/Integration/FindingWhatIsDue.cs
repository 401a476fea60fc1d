using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The fixture's clock: Thursday 31 December 2026, 21:30 UTC (00:30 on 1 January in Istanbul).</summary>
public sealed class FindingWhatIsDue(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    private static NewComplaint Intake() => NewComplaints.ByEmail();

    [Fact]
    public async Task Finds_a_running_clock_by_its_deadline_and_not_before()
    {
        var complaint = await desk.Workflow.ReceiveAsync(Intake(), desk.Handler, CancellationToken.None);
        var acknowledge = complaint.Clocks.Single(c => c.Kind == ClockKind.Acknowledge);
        var due = desk.Services.GetRequiredService<DueClocks>();

        var early = await due.DueByAsync(acknowledge.Deadline.AddMinutes(-1), 100, CancellationToken.None);
        var onTime = await due.DueByAsync(acknowledge.Deadline, 100, CancellationToken.None);

        Assert.DoesNotContain(early, d => d.Reference == complaint.Reference);
        var found = Assert.Single(onTime, d => d.Reference == complaint.Reference);
        Assert.Equal((ClockKind.Acknowledge, acknowledge.Deadline, acknowledge.WarningAt), (found.Kind, found.Deadline, found.WarningAt));
    }

    [Fact]
    public async Task Reads_through_the_next_deadline_index_instead_of_scanning_the_table()
    {
        await using var db = desk.NewContext();
        await using var command = DueClocks.Query(db, desk.Time.GetUtcNow(), 100).CreateDbCommand();
        await db.Database.OpenConnectionAsync();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, detail => detail.Contains("USING INDEX IX_Complaints_NextDueAt", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, detail => detail.StartsWith("SCAN Complaints", StringComparison.Ordinal) && !detail.Contains("INDEX", StringComparison.Ordinal));
    }
}
