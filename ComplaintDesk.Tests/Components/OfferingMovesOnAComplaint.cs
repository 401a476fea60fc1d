using Bunit;
using ComplaintDesk.Core.Complaints.Commands;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>The page offers exactly the moves this person may make now, from Core's own rules.</summary>
public sealed class OfferingMovesOnAComplaint : ComplaintPageContext
{
    [Fact]
    public void A_handler_acknowledges_their_own_new_complaint_but_cannot_close_it()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(Received).AssignedTo(DeskPerson.Handler.Email).Build());

        var moves = MovesOn(page);
        Assert.Contains("Acknowledge", moves);
        Assert.DoesNotContain("Close", moves);
        Assert.DoesNotContain("Take", moves);
        Assert.Equal("Acknowledge", page.Find("[data-move='Acknowledge']").TextContent.Trim());
    }

    [Fact]
    public void A_handler_closes_a_communicated_decision_or_records_that_it_was_rejected()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(DecisionCommunicated).AssignedTo(DeskPerson.Handler.Email).Build());

        var moves = MovesOn(page);
        Assert.Contains("Close", moves);
        Assert.DoesNotContain("Acknowledge", moves);
        Assert.Equal("Decision rejected", page.Find("[data-move='RejectDecision']").TextContent.Trim());
    }

    [Fact]
    public void A_quality_manager_reads_it_with_no_moves_and_is_told_why()
    {
        SignInAs(DeskPerson.QualityManager);

        var page = Open(new ComplaintDetailsBuilder().InState(InInvestigation).AssignedTo(DeskPerson.Handler.Email).WithoutComplainant().Build());

        Assert.Empty(page.FindAll("[data-move]"));
        Assert.Equal("Your role reads complaints; handlers and supervisors work them.", page.Find("#no-actions").TextContent.Trim());
    }

    [Fact]
    public void A_handler_sees_no_moves_on_a_colleagues_complaint_and_who_has_it()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(InInvestigation).AssignedTo(DeskPerson.Handler2.Email).Build());

        Assert.Empty(page.FindAll("[data-move]"));
        Assert.Equal($"This complaint is assigned to {DeskPerson.Handler2.DisplayName}.", page.Find("#no-actions").TextContent.Trim());
    }

    [Fact]
    public void A_handler_may_take_an_unassigned_complaint()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(Received).Build());

        Assert.Equal("Take", MovesOn(page)[0]);
    }

    [Fact]
    public void Taking_assigns_it_to_the_handler_at_the_version_shown()
    {
        SignInAs(DeskPerson.Handler);
        Workflow.Answer = new ComplaintDetailsBuilder().InState(Received).AssignedTo(DeskPerson.Handler.Email).AtVersion(4).Build();
        var page = Open(new ComplaintDetailsBuilder().InState(Received).AtVersion(3).Build());

        page.Find("[data-move='Take']").Click();

        var applied = Assert.Single(Workflow.Applied);
        Assert.Equal((ComplaintDetailsBuilder.Reference, 3, new AssignCommand(DeskPerson.Handler.Email)),
            (applied.Reference, applied.ExpectedVersion, applied.Command));
        Assert.Equal(DeskPerson.Handler.DisplayName, page.Find("#complaint-assignee").TextContent.Trim());
        Assert.DoesNotContain("Take", MovesOn(page));
    }

    [Fact]
    public void A_handler_barred_from_the_decision_investigates_on_but_is_told_someone_else_decides_and_why()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(InInvestigation).AssignedTo(DeskPerson.Handler.Email)
            .EscalatedTo(1, DeskPerson.Handler.Email).Build());

        var moves = MovesOn(page);
        Assert.DoesNotContain("ProposeResponse", moves);
        Assert.Contains("Note", moves);
        var why = page.Find("#decision-withheld").TextContent;
        Assert.Contains("ISO 10002 objectivity", why, StringComparison.Ordinal);
        Assert.Contains("a supervisor can reassign it", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_barred_from_the_decision_is_not_offered_communicating_it()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(ResponseReady).AssignedTo(DeskPerson.Handler.Email)
            .EscalatedTo(1, DeskPerson.Handler.Email).Build());

        Assert.DoesNotContain("CommunicateDecision", MovesOn(page));
        Assert.NotEmpty(page.FindAll("#decision-withheld"));
    }

    [Fact]
    public void The_handler_of_a_complaint_escalated_only_by_a_breached_clock_decides_it()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(InInvestigation).AssignedTo(DeskPerson.Handler.Email)
            .EscalatedTo(2).Build());

        Assert.Contains("ProposeResponse", MovesOn(page));
        Assert.Empty(page.FindAll("#decision-withheld"));
    }

    [Fact]
    public void A_colleague_given_the_escalated_complaint_proposes_the_response()
    {
        SignInAs(DeskPerson.Handler2);

        var page = Open(new ComplaintDetailsBuilder().InState(InInvestigation).AssignedTo(DeskPerson.Handler2.Email)
            .EscalatedTo(1, DeskPerson.Handler.Email).Build());

        Assert.Contains("ProposeResponse", MovesOn(page));
        Assert.Empty(page.FindAll("#decision-withheld"));
    }
}
