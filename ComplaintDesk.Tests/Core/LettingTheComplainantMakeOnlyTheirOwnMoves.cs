using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// Through their status link the complainant adds information, accepts or rejects the decision and says how satisfied
/// they are, when the status table allows it, and nothing else; nobody at the desk adds information in the complainant's name, and the complainant never
/// becomes anyone's assignee.
/// </summary>
public sealed class LettingTheComplainantMakeOnlyTheirOwnMoves
{
    [Theory]
    [MemberData(nameof(DecidingAMoveOnce.EveryStatusAndMove), MemberType = typeof(DecidingAMoveOnce))]
    public void The_complainant_may_make_their_moves_where_the_status_allows_and_no_other(ComplaintStatus status, ComplaintMove move)
    {
        var decision = ComplaintPermissions.Decide(Actor.Complainant, new MoveSubject(status, Actors.Handler.Email, null, []), move);

        var theirs = move is ComplaintMove.ComplainantInformation or ComplaintMove.Close or ComplaintMove.RejectDecision or ComplaintMove.RecordSatisfaction;
        Assert.Equal(theirs && ComplaintMoves.IsAllowed(move, status), decision.IsAllowed);
        Assert.Equal(decision.IsAllowed ? null : theirs ? MoveRefusalKind.NotInThisStatus : MoveRefusalKind.NotPermitted, decision.Refusal);
    }

    [Fact]
    public void A_refusal_speaks_to_the_complainant()
    {
        var decision = ComplaintPermissions.Decide(Actor.Complainant, new MoveSubject(InInvestigation, null, null, []), ComplaintMove.Close);

        Assert.Equal("A decision can be accepted only once it has been sent to you, and only once.", InEnglish.Word(decision.Reason!));
    }

    [Fact]
    public void Nobody_at_the_desk_adds_information_in_the_complainants_name()
    {
        var decision = ComplaintPermissions.Decide(Actors.Supervisor, new MoveSubject(AwaitingComplainant, null, null, []), ComplaintMove.ComplainantInformation);

        Assert.Equal((MoveRefusalKind?)MoveRefusalKind.NotPermitted, decision.Refusal);
        Assert.DoesNotContain(ComplaintMove.ComplainantInformation, MoveOptions.For(Actors.Supervisor, new Components.ComplaintDetailsBuilder().InState(AwaitingComplainant).Build()));
    }

    [Fact]
    public void The_complainant_never_takes_an_unassigned_complaint()
    {
        var complaint = new ComplaintBuilder().InState(DecisionCommunicated).Build();

        Assert.False(ComplaintPermissions.TakesOnFirstMove(Actor.Complainant, complaint, ComplaintMove.Close));
    }

    [Fact]
    public void Information_while_awaiting_ends_the_pause_and_goes_back_to_investigation()
    {
        var complaint = new ComplaintBuilder().InState(AwaitingComplainant).Build();
        Assert.True(complaint.IsPaused);

        complaint.AddComplainantInformation("The receipt is attached.", Stamps.Later(Actor.Complainant));

        Assert.False(complaint.IsPaused);
        Assert.Equal(InInvestigation, complaint.Status);
        Assert.Equal(("complainant", "The receipt is attached."), (complaint.Timeline[^1].ActorEmail, complaint.Timeline[^1].Text));
    }

    [Fact]
    public void Empty_information_is_refused_and_writes_nothing()
    {
        var complaint = new ComplaintBuilder().InState(AwaitingComplainant).Build();

        Refusals.AssertInvalid(complaint, "text", () => complaint.AddComplainantInformation(" ", Stamps.Later(Actor.Complainant)));

        Assert.True(complaint.IsPaused);
    }
}
