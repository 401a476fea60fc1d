using AngleSharp.Html.Dom;
using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>When Core refuses a move, the dialog stays open with the reason and nothing typed is lost.</summary>
public sealed class RefusingAMoveInTheDialog : ComplaintPageContext
{
    private const string Comment = "She accepted the refund on the phone.";

    public RefusingAMoveInTheDialog() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void A_refused_close_keeps_the_dialog_open_with_the_reason()
    {
        var dialogs = RenderDialogs();
        var page = Open(Communicated(version: 3));
        page.Find("[data-move='Close']").Click();
        ChooseAccepted(dialogs);
        Workflow.Refusal = new MoveRefusedException("You can't close this complaint while it is in investigation.");

        dialogs.Find("#move-send").Click();

        Assert.Equal(Workflow.Refusal.Message, dialogs.Find("#move-problem").TextContent.Trim());
        Assert.Single(dialogs.FindAll("#move-send"));
        var applied = Assert.Single(Workflow.Applied);
        Assert.Equal((3, new CloseCommand(ClosingOutcome.Accepted)), (applied.ExpectedVersion, applied.Command));
    }

    [Fact]
    public void A_stale_version_says_someone_else_changed_it_and_keeps_what_was_typed()
    {
        var dialogs = RenderDialogs();
        var page = Open(Communicated(version: 3));
        page.Find("[data-move='Close']").Click();
        ChooseAccepted(dialogs);
        dialogs.Find("#field-text").Change(Comment);
        Workflow.Refusal = new StaleVersionException(ComplaintDetailsBuilder.Reference);

        dialogs.Find("#move-send").Click();

        Assert.Contains("was changed by someone else", dialogs.Find("#move-problem").TextContent, StringComparison.Ordinal);
        Assert.Equal(Comment, ((IHtmlTextAreaElement)dialogs.Find("#field-text")).Value);
        Assert.Single(dialogs.FindAll("#move-send"));
    }

    [Fact]
    public void Sending_again_after_a_stale_version_sends_the_latest_version_and_closes_the_dialog()
    {
        var dialogs = RenderDialogs();
        var page = Open(Communicated(version: 3));
        page.Find("[data-move='Close']").Click();
        ChooseAccepted(dialogs);
        dialogs.Find("#field-text").Change(Comment);
        Workflow.Refusal = new StaleVersionException(ComplaintDetailsBuilder.Reference);
        Queries.Holds(Communicated(version: 4));
        dialogs.Find("#move-send").Click();

        Workflow.Refusal = null;
        Workflow.Answer = new ComplaintDetailsBuilder().InState(Closed).AssignedTo(DeskPerson.Handler.Email).AtVersion(5).Build();
        dialogs.Find("#move-send").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#move-send")));
        Assert.Equal([3, 4], Workflow.Applied.Select(a => a.ExpectedVersion));
        Assert.Equal(new CloseCommand(ClosingOutcome.Accepted, Comment: Comment), Workflow.Applied[^1].Command);
        page.WaitForAssertion(() => Assert.Equal("Closed", page.Find("#complaint-status").TextContent.Trim()));
    }

    private static void ChooseAccepted(IRenderedComponent<MudBlazor.MudDialogProvider> dialogs) =>
        dialogs.Find("#field-outcome input[type=radio]").Click();

    private static ComplaintDetails Communicated(int version) =>
        new ComplaintDetailsBuilder().InState(DecisionCommunicated).AssignedTo(DeskPerson.Handler.Email).AtVersion(version).Build();
}
