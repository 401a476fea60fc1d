using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Integration;

public sealed class ChangingSlaSettings(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    private static readonly Actor _administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });

    private static NewComplaint Intake() => NewComplaints.ByEmail();

    [Fact]
    public void The_configured_settings_are_in_force_after_the_first_start()
    {
        Assert.Equal(TimeSpan.FromHours(45), desk.Settings.PolicyFor(Priority.Medium, null).Respond);
        Assert.Equal(0.75, desk.Settings.WarningShare);
        Assert.Equal(5, desk.Settings.CalendarOptions.WorkingDays.Count);
    }

    [Fact]
    public async Task A_change_is_audited_and_moves_running_clocks_of_open_complaints_but_never_stopped_ones()
    {
        var reference = (await desk.Workflow.ReceiveAsync(Intake(), desk.Handler, CancellationToken.None)).Reference;
        var before = await desk.Workflow.ApplyAsync(reference, desk.Handler, null, new AcknowledgeCommand(Channel.Email), CancellationToken.None);
        var sla = Copy(desk.Settings.SlaOptions);
        sla.Policies[Priority.Medium] = new SlaOptions.PolicyOptions
        {
            Acknowledge = TimeSpan.FromHours(1), Respond = TimeSpan.FromHours(9), Resolve = TimeSpan.FromHours(18),
        };

        await desk.Settings.ChangeAsync(desk.Settings.CalendarOptions, sla, _administrator, CancellationToken.None);

        await using var db = desk.NewContext();
        var after = await db.Complaints.AsNoTracking().SingleAsync(c => c.Reference == reference);
        var clock = (ClockKind kind) => after.Clocks.Single(c => c.Kind == kind);
        Assert.Equal(before.Clocks[0].Deadline, clock(ClockKind.Acknowledge).Deadline);
        Assert.Equal(TimeSpan.FromHours(9), clock(ClockKind.Respond).Target);
        Assert.True(clock(ClockKind.Respond).Deadline < before.Clocks[1].Deadline);
        Assert.Contains(await db.AuditEvents.ToListAsync(), e => e.Area == "SLA settings" && e.ActorEmail == "admin@demo.local");
    }

    [Fact]
    public async Task A_complaint_whose_deadlines_moved_gets_a_new_version_is_announced_and_a_move_on_the_old_figures_is_stale()
    {
        var reference = (await desk.Workflow.ReceiveAsync(Intake(), desk.Handler, CancellationToken.None)).Reference;
        var before = await desk.Workflow.ApplyAsync(reference, desk.Handler, null, new NoteCommand("Called back."), CancellationToken.None);
        var original = desk.Settings.SlaOptions;
        var sla = Copy(original);
        sla.WarningShare = 0.5;

        await desk.Settings.ChangeAsync(desk.Settings.CalendarOptions, sla, _administrator, CancellationToken.None);
        try
        {
            Assert.Contains(desk.Notifier.Changes, c => c.Reference == reference && c.Version == before.Version + 1 && c.LastMove == ComplaintMove.Note);
            await Assert.ThrowsAsync<StaleVersionException>(() => desk.Workflow.ApplyAsync(
                reference, desk.Handler, before.Version, new NoteCommand("Written on the old figures."), CancellationToken.None));
        }
        finally
        {
            await desk.Settings.ChangeAsync(desk.Settings.CalendarOptions, original, _administrator, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Only_an_administrator_may_change_them_and_bad_settings_change_nothing()
    {
        var calendar = new CalendarOptions { WorkingDays = [DayOfWeek.Monday], Start = new TimeOnly(18, 0), End = new TimeOnly(9, 0) };

        await Assert.ThrowsAsync<NotPermittedException>(
            () => desk.Settings.ChangeAsync(desk.Settings.CalendarOptions, desk.Settings.SlaOptions, desk.Handler, CancellationToken.None));
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(
            () => desk.Settings.ChangeAsync(calendar, desk.Settings.SlaOptions, _administrator, CancellationToken.None));

        Assert.Equal(["calendar.end"], refusal.Errors.Keys);
        Assert.Equal(new TimeOnly(9, 0), desk.Settings.CalendarOptions.Start);
    }

    private static SlaOptions Copy(SlaOptions options) => new()
    {
        WarningShare = options.WarningShare,
        DefaultPriority = options.DefaultPriority,
        Policies = new Dictionary<Priority, SlaOptions.PolicyOptions>(options.Policies),
    };
}
