using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>A queue hears every change: most cost it nothing, a row on screen is patched, the rest read the page again.</summary>
public sealed class DecidingWhatAChangeMeansForAQueueView
{
    private const string Me = "handler@demo.local";
    private const string Colleague = "handler2@demo.local";

    private static QueueViewMatch For(QueueScope scope, Priority? priority = null, string? text = null, string? sort = null) =>
        new(QueueView.Default(scope) with { Priority = priority, Text = text, Sort = sort }, Me);

    private static ComplaintChange Change(ComplaintMove move, string? assignee = Colleague, ComplaintStatus status = ComplaintStatus.Acknowledged,
        Priority priority = Priority.Medium) => new("CMP-2026-000009", status, priority, assignee, 0, 5, move);

    [Fact]
    public void Another_persons_complaint_moving_along_cannot_concern_my_complaints() =>
        Assert.False(For(QueueScope.Mine).MayConcern(Change(ComplaintMove.Acknowledge)));

    [Fact]
    public void A_complaint_assigned_to_me_comes_into_my_complaints() =>
        Assert.True(For(QueueScope.Mine).MayConcern(Change(ComplaintMove.Assign, assignee: Me)));

    [Fact]
    public void A_complaint_assigned_to_someone_else_may_have_left_my_complaints_from_another_page() =>
        Assert.True(For(QueueScope.Mine).MayConcern(Change(ComplaintMove.Assign)));

    [Fact]
    public void A_new_complaint_comes_into_unassigned_and_all_open_but_not_closed()
    {
        var received = Change(ComplaintMove.Receive, assignee: null, status: ComplaintStatus.Received);

        Assert.Equal([true, true, false], new[] { QueueScope.Unassigned, QueueScope.AllOpen, QueueScope.Closed }.Select(s => For(s).MayConcern(received)));
    }

    [Fact]
    public void A_change_that_leaves_an_open_complaint_where_it_was_does_not_disturb_all_open() =>
        Assert.False(For(QueueScope.AllOpen).MayConcern(Change(ComplaintMove.Note)));

    [Fact]
    public void A_closed_complaint_may_have_left_all_open_and_come_into_closed()
    {
        var closed = Change(ComplaintMove.Close, status: ComplaintStatus.Closed);

        Assert.True(For(QueueScope.AllOpen).MayConcern(closed));
        Assert.True(For(QueueScope.Closed).MayConcern(closed));
    }

    [Fact]
    public void A_complaint_of_another_priority_cannot_concern_a_filtered_view_unless_it_was_assessed()
    {
        var critical = For(QueueScope.AllOpen, Priority.Critical);

        Assert.False(critical.MayConcern(Change(ComplaintMove.Acknowledge, priority: Priority.Low)));
        Assert.True(critical.MayConcern(Change(ComplaintMove.Assess, priority: Priority.Low)));
    }

    [Fact]
    public void A_change_of_what_the_view_is_sorted_by_may_move_a_complaint_onto_this_page()
    {
        Assert.True(For(QueueScope.AllOpen, sort: "status").MayConcern(Change(ComplaintMove.Acknowledge)));
        Assert.False(For(QueueScope.AllOpen, sort: "reference").MayConcern(Change(ComplaintMove.Acknowledge)));
    }

    [Fact]
    public void A_row_moving_along_in_my_complaints_is_patched_where_it_stands()
    {
        var before = new ComplaintSummaryBuilder("CMP-2026-000001").AssignedTo(Me).Build();
        var after = before with { Status = ComplaintStatus.Acknowledged, Version = 2 };

        Assert.True(For(QueueScope.Mine).Keeps(before, after, ComplaintMove.Acknowledge));
    }

    [Fact]
    public void A_row_assigned_away_from_my_complaints_does_not_stay()
    {
        var before = new ComplaintSummaryBuilder("CMP-2026-000001").AssignedTo(Me).Build();

        Assert.False(For(QueueScope.Mine).Keeps(before, before with { Assignee = Colleague }, ComplaintMove.Assign));
    }

    [Fact]
    public void A_row_closed_on_all_open_does_not_stay()
    {
        var before = new ComplaintSummaryBuilder("CMP-2026-000001").InState(ComplaintStatus.DecisionCommunicated).Build();

        Assert.False(For(QueueScope.AllOpen).Keeps(before, before with { Status = ComplaintStatus.Closed }, ComplaintMove.Close));
    }

    [Fact]
    public void A_row_whose_sort_key_changed_does_not_stay_where_it_stands()
    {
        var before = new ComplaintSummaryBuilder("CMP-2026-000001").Build();
        var assessed = before with { Priority = Priority.Critical };

        Assert.False(For(QueueScope.AllOpen, sort: "-priority").Keeps(before, assessed, ComplaintMove.Assess));
        Assert.True(For(QueueScope.AllOpen).Keeps(before, assessed, ComplaintMove.Assess));
    }

    [Fact]
    public void A_row_moved_to_another_team_does_not_stay_in_my_teams()
    {
        var before = new ComplaintSummaryBuilder("CMP-2026-000001").InTeam("Billing desk").Build();

        Assert.False(For(QueueScope.MyTeams).Keeps(before, before with { Team = "Returns" }, ComplaintMove.Assess));
    }
}
