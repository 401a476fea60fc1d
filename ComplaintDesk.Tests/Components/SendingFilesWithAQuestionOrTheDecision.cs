using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using Microsoft.AspNetCore.Components.Forms;

namespace ComplaintDesk.Tests.Components;

/// <summary>The question and the decision dialogs take files for the complainant, and say that they go with the e-mail.</summary>
public sealed class SendingFilesWithAQuestionOrTheDecision : ComplaintPageContext
{
    public SendingFilesWithAQuestionOrTheDecision() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void The_decision_is_sent_with_the_letter_chosen()
    {
        var dialogs = OpenMove(ComplaintStatus.ResponseReady, ComplaintMove.CommunicateDecision);

        Assert.Contains("They go with the e-mail", dialogs.Find("label[for='decision-files']").TextContent, StringComparison.Ordinal);
        dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([7, 8, 9], "decision.pdf", contentType: "application/pdf"));
        dialogs.WaitForAssertion(() => Assert.Single(dialogs.FindAll("[data-chosen]")));
        dialogs.Find("textarea").Change("We refund the second charge.");
        dialogs.Find("#move-send").Click();

        var decision = Assert.IsType<CommunicateDecisionCommand>(Assert.Single(Workflow.Applied).Command);
        var letter = Assert.Single(decision.Attachments!);
        Assert.Equal(("decision.pdf", "application/pdf"), (letter.FileName, letter.ContentType));
        Assert.Equal([7, 8, 9], letter.Content);
    }

    [Fact]
    public void The_question_is_sent_with_the_form_chosen()
    {
        var dialogs = OpenMove(ComplaintStatus.InInvestigation, ComplaintMove.AwaitComplainant);

        dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2], "form.pdf", contentType: "application/pdf"));
        dialogs.WaitForAssertion(() => Assert.Single(dialogs.FindAll("[data-chosen]")));
        dialogs.Find("textarea").Change("Please fill in the attached form.");
        dialogs.Find("#move-send").Click();

        var question = Assert.IsType<AwaitComplainantCommand>(Assert.Single(Workflow.Applied).Command);
        Assert.Equal(["form.pdf"], question.Attachments!.Select(f => f.FileName));
    }

    private IRenderedComponent<MudBlazor.MudDialogProvider> OpenMove(ComplaintStatus status, ComplaintMove move)
    {
        var dialogs = RenderDialogs();
        var complaint = new ComplaintDetailsBuilder().InState(status).AssignedTo(DeskPerson.Handler.Email).Build();
        Workflow.Answer = complaint;
        Open(complaint).Find($"[data-move='{move}']").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#move-send"));
        return dialogs;
    }
}
