using Bunit;

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
    public void Says_the_details_are_hidden_when_Core_withholds_them()
    {
        SignInAs(DeskPerson.QualityManager);

        var page = Open(new ComplaintDetailsBuilder().WithoutComplainant().Build());

        Assert.Contains("Hidden for your role", page.Find("#complainant-masked").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#complainant-name"));
    }
}
