using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// Beside the complainant's details, whoever works the complaint corrects them in a dialog that starts from them, while
/// the complaint is open; the action bar does not offer it a second time.
/// </summary>
public sealed class CorrectingTheComplainantInTheDialog : ComplaintPageContext
{
    [Theory]
    [InlineData("tr-TR", "Düzelt")]
    [InlineData("en", "Correct")]
    public void The_handler_corrects_from_the_complainant_panel_in_their_language(string culture, string correct)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.Handler);

        var page = Open(Open(Assessed));

        Assert.Equal(correct, page.Find("#complainant-panel [data-move='CorrectComplainant']").TextContent.Trim());
        Assert.Empty(page.FindAll("#complaint-actions [data-move='CorrectComplainant']"));
    }

    [Fact]
    public void The_dialog_starts_from_the_details_and_sends_them_as_corrected()
    {
        SignInAs(DeskPerson.Handler);
        var dialogs = RenderDialogs();
        var page = Open(Open(Assessed));
        page.Find("[data-move='CorrectComplainant']").Click();
        Workflow.Answer = Open(Assessed);

        Assert.Equal("ayse.kara@example.com", dialogs.Find("#field-complainant-email").GetAttribute("value"));
        dialogs.Find("#field-complainant-email").Change("ayse.kara@example.org");
        dialogs.Find("#move-send").Click();

        Assert.Equal(
            new CorrectComplainantCommand(new ComplainantDetails("Ayşe Kara", "ayse.kara@example.org", "+90 532 000 00 00", ContactMethod.Email, "tr")),
            Assert.Single(Workflow.Applied).Command);
    }

    [Fact]
    public void Nobody_corrects_a_finished_complaint()
    {
        SignInAs(DeskPerson.Handler);

        Assert.Empty(Open(Open(Withdrawn)).FindAll("[data-move='CorrectComplainant']"));
    }

    [Fact]
    public void Nobody_corrects_a_complainant_they_may_not_see()
    {
        SignInAs(DeskPerson.QualityManager);

        Assert.Empty(Open(new ComplaintDetailsBuilder().InState(Assessed).AssignedTo(DeskPerson.Handler.Email).WithoutComplainant().Build())
            .FindAll("[data-move='CorrectComplainant']"));
    }

    private static ComplaintDetails Open(ComplaintStatus status) =>
        new ComplaintDetailsBuilder().InState(status).AssignedTo(DeskPerson.Handler.Email).SpeakingTo("tr").Build();
}
