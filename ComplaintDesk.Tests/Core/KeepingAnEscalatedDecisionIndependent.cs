using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>ISO 10002 objectivity (Annex D): once a complaint is escalated, someone other than its first handler decides it.</summary>
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
    public void Refuses_the_first_handler_the_decision_once_escalated(ComplaintMove move)
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).RejectedTimes(1).InState(InInvestigation).Build();

        var refusal = Assert.Throws<MoveRefusedException>(() => ComplaintPermissions.EnsureIndependentDecision(Actors.Handler, complaint, move));

        Assert.Contains("someone other than its first handler", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lets_the_first_handler_decide_while_the_complaint_is_not_escalated()
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).InState(InInvestigation).Build();

        Assert.Null(Record.Exception(() => ComplaintPermissions.EnsureIndependentDecision(Actors.Handler, complaint, ComplaintMove.ProposeResponse)));
    }

    [Fact]
    public void Lets_anyone_else_decide_the_escalated_complaint()
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).RejectedTimes(1).InState(InInvestigation).Build();

        Assert.All([Actors.Handler2, Actors.Supervisor], other => Assert.Null(Record.Exception(
            () => ComplaintPermissions.EnsureIndependentDecision(other, complaint, ComplaintMove.ProposeResponse))));
    }

    [Theory]
    [InlineData(ComplaintMove.Note)]
    [InlineData(ComplaintMove.AwaitComplainant)]
    [InlineData(ComplaintMove.Escalate)]
    public void Lets_the_first_handler_go_on_investigating_the_escalated_complaint(ComplaintMove move)
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).RejectedTimes(1).InState(InInvestigation).Build();

        Assert.Null(Record.Exception(() => ComplaintPermissions.EnsureIndependentDecision(Actors.Handler, complaint, move)));
    }
}
