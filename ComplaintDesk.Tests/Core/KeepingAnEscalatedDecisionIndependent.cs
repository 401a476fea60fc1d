using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// ISO 10002 objectivity (Annex D): after a rejected decision, the next one is taken by someone other than
/// who communicated it; after a manual escalation, by someone other than the handler it came from.
/// </summary>
public sealed class KeepingAnEscalatedDecisionIndependent
{
    [Fact]
    public void Remembers_the_first_person_assigned_through_reassignments()
    {
        var complaint = new ComplaintBuilder().AssignedTo("Handler@Demo.Local").InState(Assessed).Build();

        complaint.Assign(Actors.Handler2.Email, Stamps.Later(Actors.Supervisor));

        Assert.Equal(("handler@demo.local", "handler2@demo.local"), (complaint.FirstHandlerEmail, complaint.AssigneeEmail));
    }

    [Theory]
    [InlineData(ComplaintMove.ProposeResponse)]
    [InlineData(ComplaintMove.CommunicateDecision)]
    public void Refuses_the_next_decision_to_whoever_communicated_the_rejected_one(ComplaintMove move)
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).DecidedBy(Actors.Handler).RejectedTimes(1).InState(InInvestigation).Build();

        var refusal = Assert.Throws<MoveRefusedException>(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(complaint), move).ThrowIfRefused());

        Assert.Contains("ISO 10002 objectivity", InEnglish.Word(refusal), StringComparison.Ordinal);
        Assert.Contains("a supervisor can reassign it", InEnglish.Word(refusal), StringComparison.Ordinal);
    }

    [Fact]
    public void Lets_the_assignee_decide_when_someone_else_communicated_the_rejected_decision()
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).DecidedBy(Actors.Supervisor).RejectedTimes(1).InState(InInvestigation).Build();

        Assert.Equal(["supervisor@demo.local"], complaint.BarredFromDeciding);
        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(complaint), ComplaintMove.ProposeResponse).ThrowIfRefused()));
    }

    [Fact]
    public void Refuses_the_decision_to_the_handler_a_manual_escalation_came_from_and_lets_others_take_it()
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).InState(InInvestigation).Build();

        complaint.Escalate("The complainant threatens legal action.", Stamps.Later(Actors.Handler));

        Assert.Throws<MoveRefusedException>(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(complaint), ComplaintMove.ProposeResponse).ThrowIfRefused());
        // Whoever the complaint is reassigned to for the decision may take it.
        Assert.All([Actors.Handler2, Actors.Supervisor], other => Assert.Null(Record.Exception(
            () => ComplaintPermissions.Decide(other, MoveSubject.Of(complaint) with { Assignee = other.Email }, ComplaintMove.ProposeResponse).ThrowIfRefused())));
    }

    [Fact]
    public void Lets_the_handler_decide_while_nobody_is_barred()
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).InState(InInvestigation).Build();

        Assert.Empty(complaint.BarredFromDeciding);
        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(complaint), ComplaintMove.ProposeResponse).ThrowIfRefused()));
    }

    [Fact]
    public void Keeps_every_earlier_rejected_decider_barred()
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).DecidedBy(Actors.Handler).RejectedTimes(1).InState(InInvestigation).Build();
        complaint.ProposeResponse(RemedyType.Refund, "A full refund.", Stamps.Later(Actors.Handler2));
        complaint.CommunicateDecision(Channel.Email, "A full refund.", Stamps.Later(Actors.Handler2));

        complaint.RejectDecision("Still not enough.", Stamps.Later(Actors.Supervisor));

        Assert.Equal(["handler@demo.local", "handler2@demo.local"], complaint.BarredFromDeciding);
    }

    [Theory]
    [InlineData(ComplaintMove.Note)]
    [InlineData(ComplaintMove.AwaitComplainant)]
    [InlineData(ComplaintMove.Escalate)]
    public void Lets_the_barred_handler_go_on_investigating(ComplaintMove move)
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).DecidedBy(Actors.Handler).RejectedTimes(1).InState(InInvestigation).Build();

        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(complaint), move).ThrowIfRefused()));
    }
}
