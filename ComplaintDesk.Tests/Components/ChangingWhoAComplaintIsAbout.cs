using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// Under "About staff member", whoever works an open complaint changes who it is about in a dialog that starts from the
/// name recorded; the action bar does not offer it a second time, and a finished complaint offers it to nobody.
/// </summary>
public sealed class ChangingWhoAComplaintIsAbout : ComplaintPageContext
{
    [Fact]
    public void The_dialog_starts_from_who_it_is_about_and_sends_the_change()
    {
        SignInAs(DeskPerson.Supervisor);
        var dialogs = RenderDialogs();
        var complaint = new ComplaintDetailsBuilder().InState(Assessed).AssignedTo(DeskPerson.Handler.Email).About("handler2@demo.local").Build();
        Workflow.Answer = complaint;
        var page = Open(complaint);
        Assert.Empty(page.FindAll("#complaint-actions [data-move='CorrectSubjectStaff']"));

        page.Find("#complainant-panel [data-move='CorrectSubjectStaff']").Click();
        Assert.Equal("handler2@demo.local", dialogs.Find("#field-subject-staff").GetAttribute("value"));
        dialogs.Find("#field-subject-staff").Change("supervisor2@demo.local");
        dialogs.Find("#move-send").Click();

        Assert.Equal(new CorrectSubjectStaffCommand("supervisor2@demo.local"), Assert.Single(Workflow.Applied).Command);
    }

    [Fact]
    public void A_complaint_about_nobody_says_so_and_offers_to_name_someone()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(Assessed).AssignedTo(DeskPerson.Handler.Email).Build());

        Assert.Contains("Not about a staff member", page.Find("#subject-staff").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("#complainant-panel [data-move='CorrectSubjectStaff']"));
    }

    [Fact]
    public void A_finished_complaint_offers_no_change()
    {
        SignInAs(DeskPerson.Supervisor);

        var page = Open(new ComplaintDetailsBuilder().ClosedAs(ClosingOutcome.Accepted).AssignedTo(DeskPerson.Handler.Email).About("handler2@demo.local").Build());

        Assert.Empty(page.FindAll("[data-move='CorrectSubjectStaff']"));
    }
}
