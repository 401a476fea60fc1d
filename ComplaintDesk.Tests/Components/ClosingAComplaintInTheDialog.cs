using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Complaints;
using MudBlazor;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>The close dialog says what its button does and leaves the outcome to the handler: nothing is recorded unread.</summary>
public sealed class ClosingAComplaintInTheDialog : ComplaintPageContext
{
    public ClosingAComplaintInTheDialog() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void The_button_says_it_closes_the_complaint()
    {
        var dialogs = RenderDialogs();
        Open(Communicated()).Find("[data-move='Close']").Click();

        Assert.Equal("Close complaint", dialogs.Find("#move-send").TextContent.Trim());
    }

    [Fact]
    public void It_offers_the_outcomes_a_person_may_choose_and_not_a_merge()
    {
        var dialogs = RenderDialogs();
        Open(Communicated()).Find("[data-move='Close']").Click();

        Assert.Equal(
            ["The complainant accepted the decision", "No reply within the set time"],
            dialogs.FindAll("#field-outcome label").Select(choice => choice.TextContent.Trim()));
    }

    [Fact]
    public void No_outcome_is_chosen_until_the_handler_chooses_one()
    {
        var dialogs = RenderDialogs();
        Open(Communicated()).Find("[data-move='Close']").Click();

        Assert.Null(dialogs.FindComponent<MudRadioGroup<ClosingOutcome?>>().Instance.Value);
        Workflow.Refusal = InvalidInputException.For("outcome", "Say whether the complainant accepted the decision or did not reply.");
        dialogs.Find("#move-send").Click();

        Assert.Equal(new CloseCommand(null), Assert.Single(Workflow.Applied).Command);
        Assert.Equal("true", dialogs.Find("#field-outcome").GetAttribute("aria-invalid"));
        Assert.Contains("Say whether the complainant accepted", dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        Assert.Single(dialogs.FindAll("#move-send"));
    }

    [Fact]
    public void The_outcome_chosen_is_the_one_sent()
    {
        var dialogs = RenderDialogs();
        Open(Communicated()).Find("[data-move='Close']").Click();
        Workflow.Answer = new ComplaintDetailsBuilder().InState(Closed).AssignedTo(DeskPerson.Handler.Email).Build();

        dialogs.FindAll("#field-outcome input[type=radio]")[1].Click();
        dialogs.Find("#move-send").Click();

        Assert.Equal(new CloseCommand(ClosingOutcome.NoReply), Assert.Single(Workflow.Applied).Command);
    }

    private static ComplaintDetails Communicated() =>
        new ComplaintDetailsBuilder().InState(DecisionCommunicated).AssignedTo(DeskPerson.Handler.Email).Build();
}
