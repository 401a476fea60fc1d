using Bunit;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Components;

/// <summary>ISO 10002 4.10: the complainant's personal data shows only when Core hands it out.</summary>
public sealed class ShowingTheComplainant : ComplaintPageContext
{
    [Fact]
    public void A_handler_sees_the_complainants_name()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.Equal("Ayşe Kara", page.Find("#complainant-name").TextContent.Trim());
        Assert.Contains("ayse.kara@example.com", page.Find("#complainant-panel").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#complainant-masked"));
    }

    [Fact]
    public void A_postal_address_shows_as_written()
    {
        SignInAs(DeskPerson.Handler);
        var complaint = new ComplaintDetailsBuilder().Build();

        var page = Open(complaint with { Complainant = complaint.Complainant! with { PostalAddress = "Moda Cad. 12/3\n<b>Kadıköy</b>" } });

        Assert.Equal("Moda Cad. 12/3\n<b>Kadıköy</b>", page.Find("#complainant-address").TextContent);
        Assert.Empty(page.FindAll("#complainant-address b"));
    }

    [Fact]
    public void A_complainant_who_prefers_a_letter_but_has_no_address_is_flagged()
    {
        SignInAs(DeskPerson.Handler);
        var complaint = new ComplaintDetailsBuilder().Build();

        var page = Open(complaint with { Complainant = complaint.Complainant! with { PreferredContact = ContactMethod.Letter } });

        Assert.Contains("no postal address is recorded", page.Find("#complainant-address").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_the_details_are_hidden_when_Core_withholds_them()
    {
        SignInAs(DeskPerson.QualityManager);

        var page = Open(new ComplaintDetailsBuilder().WithoutComplainant().Build());

        Assert.Contains("Hidden for your role", page.Find("#complainant-masked").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#complainant-name"));
    }
}
