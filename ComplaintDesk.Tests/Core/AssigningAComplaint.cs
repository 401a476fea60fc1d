using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>ISO 10002 7.3 and the objectivity principle: nobody handles a complaint about themselves.</summary>
public sealed class AssigningAComplaint
{
    [Fact]
    public void Assigns_it_and_records_who_to()
    {
        var complaint = new ComplaintBuilder().InState(Acknowledged).Build();

        complaint.Assign("Handler@Demo.Local", Stamps.Later());

        Assert.Equal("handler@demo.local", complaint.AssigneeEmail);
        Assert.Equal((ComplaintMove.Assign, "7.3", "Assigned to handler@demo.local"),
            (complaint.Timeline[^1].Move, complaint.Timeline[^1].Clause, InEnglish.Word(complaint.Timeline[^1].What)));
    }

    [Fact]
    public void Records_the_previous_assignee_when_reassigning()
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).InState(InInvestigation).Build();

        complaint.Assign(Actors.Handler2.Email, Stamps.Later());

        Assert.Equal(Actors.Handler2.Email, complaint.AssigneeEmail);
        Assert.Equal("Reassigned from handler@demo.local to handler2@demo.local", InEnglish.Word(complaint.Timeline[^1].What));
    }

    [Theory]
    [InlineData(Received, "handler2@demo.local")]
    [InlineData(Received, "HANDLER2@DEMO.LOCAL")]
    [InlineData(InInvestigation, "Handler2@Demo.Local")]
    [InlineData(DecisionCommunicated, "handler2@demo.local")]
    public void Never_assigns_it_to_the_staff_member_it_is_about(ComplaintStatus status, string assignee)
    {
        var complaint = new ComplaintBuilder().About("handler2@demo.local").InState(status).Build();

        var refusal = Refusals.AssertMoveRefused(complaint, () => complaint.Assign(assignee, Stamps.Later()));

        Assert.Contains("objectivity", InEnglish.Word(refusal), StringComparison.Ordinal);
        Assert.Null(complaint.AssigneeEmail);
    }

    [Fact]
    public void Never_assigns_it_to_its_subject_however_the_subject_was_typed()
    {
        var complaint = new ComplaintBuilder().About("Handler2@DEMO.local").AssignedTo(Actors.Handler.Email).Build();

        Refusals.AssertMoveRefused(complaint, () => complaint.Assign(Actors.Handler2.Email, Stamps.Later()));

        Assert.Equal(Actors.Handler.Email, complaint.AssigneeEmail);
    }

    [Theory]
    [InlineData("handler@demo.local")]
    [InlineData("HANDLER@demo.local")]
    public void Refuses_to_assign_it_to_its_current_assignee(string assignee)
    {
        var complaint = new ComplaintBuilder().AssignedTo(Actors.Handler.Email).InState(Assessed).Build();

        var refusal = Refusals.AssertMoveRefused(complaint, () => complaint.Assign(assignee, Stamps.Later()));

        Assert.Equal("This complaint is already assigned to handler@demo.local.", InEnglish.Word(refusal));
    }
}
