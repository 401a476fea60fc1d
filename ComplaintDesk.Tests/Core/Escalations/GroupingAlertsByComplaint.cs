using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Tests.Core.Escalations;

/// <summary>The triage shows one group per complaint, the most urgent first, with a summary of what waits.</summary>
public sealed class GroupingAlertsByComplaint : TriageDesk
{
    [Fact]
    public async Task A_complaints_alerts_make_one_group_at_its_highest_open_level()
    {
        var reference = await EscalatedAsync(times: 2);

        var group = Assert.Single((await GroupsAsync()).Groups);

        Assert.Equal((reference, 2, 2), (group.ComplaintReference, group.Level, group.OpenAlerts));
        Assert.Equal([2, 1], group.Alerts.Select(a => a.Level));
        Assert.Equal([AlertTrigger.Manual], group.Kinds);
        Assert.Equal(MondayOpening, group.OldestOpenRaisedAt);
    }

    [Fact]
    public async Task Groups_come_highest_level_first_then_the_longest_waiting()
    {
        var older = await EscalatedAsync();
        Later(TimeSpan.FromMinutes(5));
        var newer = await EscalatedAsync();
        var higher = await EscalatedAsync(times: 2);

        var page = await GroupsAsync();

        Assert.Equal([higher, older, newer], page.Groups.Select(g => g.ComplaintReference));
    }

    [Fact]
    public async Task The_summary_counts_complaints_per_level_and_names_the_oldest_open_alert()
    {
        await EscalatedAsync();
        Later(TimeSpan.FromHours(2));
        await EscalatedAsync();
        await EscalatedAsync(times: 2);

        var summary = (await GroupsAsync(new AlertTriageFilter(PageSize: 1))).Summary;

        Assert.Equal([new LevelTally(2, 1), new LevelTally(1, 2)], summary.Levels);
        Assert.Equal(MondayOpening, summary.OldestOpenRaisedAt);
    }

    [Fact]
    public async Task Reminders_update_their_group_instead_of_adding_alerts()
    {
        var reference = await EscalatedAsync();
        Later(TimeSpan.FromMinutes(30));
        await Desk.Escalations.RemindAsync(CancellationToken.None);
        Later(TimeSpan.FromMinutes(30));
        await Desk.Escalations.RemindAsync(CancellationToken.None);

        var group = Assert.Single((await GroupsAsync()).Groups);

        Assert.Equal((reference, 1, 2), (group.ComplaintReference, group.Alerts.Count, group.Reminders));
        Assert.Equal(MondayOpening.AddHours(1), group.LastRemindedAt);
    }

    [Fact]
    public async Task An_acknowledged_group_is_shown_only_when_asked_and_after_the_open_ones()
    {
        var done = await EscalatedAsync(times: 2);
        var open = await EscalatedAsync();
        await Triage.AcknowledgeAllAsync(await AlertIdsOfAsync(done), Supervisor, CancellationToken.None);

        var openOnly = await GroupsAsync();
        var all = await GroupsAsync(new AlertTriageFilter(IncludeAcknowledged: true));

        Assert.Equal([open], openOnly.Groups.Select(g => g.ComplaintReference));
        Assert.Equal([open, done], all.Groups.Select(g => g.ComplaintReference));
        Assert.Equal((0, 2, (DateTimeOffset?)null), (all.Groups[1].OpenAlerts, all.Groups[1].Level, all.Groups[1].OldestOpenRaisedAt));
    }
}
