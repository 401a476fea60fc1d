using Bunit;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The complaint page shows the complaint's status link, with a copy button, to the roles that may see the complainant's
/// personal data, issuing it the first time; the others neither see it nor cause it to be issued.
/// </summary>
public sealed class ShowingTheStatusLinkToThoseWhoSeePersonalData : ComplaintPageContext
{
    [Fact]
    public void A_supervisor_sees_the_link_at_the_desks_public_address_and_a_button_to_copy_it()
    {
        SignInAs(DeskPerson.Supervisor);

        var page = Open(new ComplaintDetailsBuilder().InState(ComplaintStatus.Acknowledged).Build());

        page.WaitForAssertion(() => Assert.Equal(
            $"https://complaints.example/status/{ScriptedStatusPageDesk.Token}", page.Find("#status-link-panel input").GetAttribute("value")));
        Assert.NotNull(page.Find("#copy-status-link"));
        Assert.Equal([ComplaintDetailsBuilder.Reference], StatusPage.Asked);
    }

    [Fact]
    public void A_quality_manager_sees_no_link_and_issues_none()
    {
        SignInAs(DeskPerson.QualityManager);

        var page = Open(new ComplaintDetailsBuilder().InState(ComplaintStatus.Acknowledged).Build());

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#complaint-timeline")));
        Assert.Empty(page.FindAll("#status-link-panel"));
        Assert.Empty(StatusPage.Asked);
    }
}
