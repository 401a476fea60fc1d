using Bunit;
using ComplaintDesk.Web.Features.Complaints;

namespace ComplaintDesk.Tests.Components;

public sealed class OpeningAComplaintThatIsNotThere : DeskPageContext
{
    [Fact]
    public void Says_there_is_no_such_complaint_and_offers_no_moves()
    {
        SignInAs(DeskPerson.Handler);

        var page = RenderPage<ComplaintPage>(p => p.Add(c => c.Reference, "CMP-2026-999999"));

        Assert.Equal("There is no complaint with the reference CMP-2026-999999.", page.Find(".mud-alert-message").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-move]"));
    }
}
