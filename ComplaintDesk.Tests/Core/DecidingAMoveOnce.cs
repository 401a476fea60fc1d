using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// One decision per move: who may make it, on which complaint, in which status, and why not, in a fixed
/// order: capability, relation to the complaint, objectivity, then status. Screens offer what it allows.
/// </summary>
public sealed class DecidingAMoveOnce
{
    private static readonly MoveSubject _unassigned = new(Assessed, null, null, []);

    public static TheoryData<ComplaintStatus, ComplaintMove> EveryStatusAndMove()
    {
        var pairs = new TheoryData<ComplaintStatus, ComplaintMove>();
        foreach (var status in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var move in Enum.GetValues<ComplaintMove>())
            {
                pairs.Add(status, move);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndMove))]
    public void Allows_the_assignee_exactly_the_moves_the_status_allows_but_the_complainants_own(ComplaintStatus status, ComplaintMove move)
    {
        var decision = ComplaintPermissions.Decide(Actors.Handler, new MoveSubject(status, Actors.Handler.Email, null, []), move);

        var theirs = ComplainantMoves.OnlyTheComplainants(move);
        Assert.Equal(ComplaintMoves.IsAllowed(move, status) && !theirs, decision.IsAllowed);
        Assert.Equal(decision.IsAllowed ? null : theirs ? MoveRefusalKind.NotPermitted : MoveRefusalKind.NotInThisStatus, decision.Refusal);
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndMove))]
    public void Refuses_readers_every_move_as_not_permitted_whatever_the_status(ComplaintStatus status, ComplaintMove move)
    {
        foreach (var reader in new[] { Actors.QualityManager, Actors.Administrator })
        {
            var decision = ComplaintPermissions.Decide(reader, _unassigned with { Status = status }, move);

            Assert.Equal((MoveRefusalKind?)MoveRefusalKind.NotPermitted, decision.Refusal);
            Assert.Equal(ComplaintPermissions.ReadOnlyReason, decision.Reason);
        }
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndMove))]
    public void Lets_the_desk_itself_close_a_complaint_where_the_status_allows_and_make_no_other_move(ComplaintStatus status, ComplaintMove move)
    {
        var decision = ComplaintPermissions.Decide(Actor.Desk, _unassigned with { Status = status }, move);

        Assert.Equal(move == ComplaintMove.Close && ComplaintMoves.IsAllowed(move, status), decision.IsAllowed);
        Assert.Equal(
            decision.IsAllowed ? null : move == ComplaintMove.Close ? MoveRefusalKind.NotInThisStatus : MoveRefusalKind.NotPermitted,
            decision.Refusal);
    }

    [Fact]
    public void Refuses_another_handlers_complaint_before_looking_at_its_status()
    {
        var decision = ComplaintPermissions.Decide(Actors.Handler, new MoveSubject(Closed, Actors.Handler2.Email, null, []), ComplaintMove.Acknowledge);

        Assert.Equal((MoveRefusalKind?)MoveRefusalKind.NotPermitted, decision.Refusal);
        Assert.Contains("assigned to handler2@demo.local", InEnglish.Word(decision.Reason!), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_complaint_about_the_person_by_the_rules_before_its_status()
    {
        var decision = ComplaintPermissions.Decide(Actors.Supervisor, _unassigned with { Status = Closed, SubjectStaffEmail = "Supervisor@demo.local" }, ComplaintMove.Note);

        Assert.Equal((MoveRefusalKind?)MoveRefusalKind.AgainstTheRules, decision.Refusal);
        Assert.Contains("objectivity", InEnglish.Word(decision.Reason!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ComplaintMove.ProposeResponse, false)]
    [InlineData(ComplaintMove.CommunicateDecision, false)]
    [InlineData(ComplaintMove.Note, true)]
    [InlineData(ComplaintMove.Escalate, true)]
    public void Withholds_only_the_decision_from_someone_barred_from_it(ComplaintMove move, bool allowed)
    {
        var barred = new MoveSubject(InInvestigation, Actors.Handler.Email, null, ["HANDLER@demo.local"]);

        var decision = ComplaintPermissions.Decide(Actors.Handler, barred, move);

        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Equal(allowed ? null : ComplaintPermissions.IndependentDecisionReason, decision.Reason);
    }

    [Fact]
    public void Throws_a_refusal_of_the_kind_it_names()
    {
        Assert.Throws<NotPermittedException>(() => ComplaintPermissions.Decide(Actors.QualityManager, _unassigned, ComplaintMove.Note).ThrowIfRefused());
        Assert.Throws<MoveRefusedException>(() => ComplaintPermissions.Decide(Actors.Handler, _unassigned, ComplaintMove.Close).ThrowIfRefused());
        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(Actors.Handler, _unassigned, ComplaintMove.Investigate).ThrowIfRefused()));
    }

    [Fact]
    public void Offers_a_supervisor_assigning_a_taken_complaint_and_a_handler_only_taking_a_free_one()
    {
        var taken = _unassigned with { Assignee = Actors.Handler2.Email };

        Assert.True(MoveOptions.CanAssignToOthers(Actors.Supervisor, taken));
        Assert.False(MoveOptions.CanAssignToOthers(Actors.Handler, _unassigned));
        Assert.True(MoveOptions.CanTake(Actors.Handler, _unassigned));
        Assert.False(MoveOptions.CanMake(Actors.Handler2, taken, ComplaintMove.Assign));
        Assert.True(ComplaintPermissions.Decide(Actors.Handler2, taken, ComplaintMove.Assign).IsAllowed);
    }
}
