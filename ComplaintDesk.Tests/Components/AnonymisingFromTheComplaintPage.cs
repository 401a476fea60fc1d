using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Tests.Components;

/// <summary>An administrator anonymises a complainant's personal data from the complaint page, after saying why.</summary>
public sealed class AnonymisingFromTheComplaintPage : ComplaintPageContext
{
    private const string Reason = "The complainant asked for erasure by letter.";

    [Theory]
    [InlineData(DeskRole.Administrator, true)]
    [InlineData(DeskRole.QualityManager, false)]
    [InlineData(DeskRole.Supervisor, false)]
    [InlineData(DeskRole.Handler, false)]
    public void Only_an_administrator_is_offered_the_erasure(DeskRole role, bool offered)
    {
        SignInAs(new[] { DeskPerson.Handler, DeskPerson.Supervisor, DeskPerson.QualityManager, DeskPerson.Administrator }.Single(p => p.Role == role));

        var page = Open(new ComplaintDetailsBuilder().WithoutComplainant().Build());

        Assert.Equal(offered, page.FindAll("#anonymise").Count == 1);
    }

    [Fact]
    public void The_dialog_asks_why_and_shows_Cores_field_error_without_closing()
    {
        SignInAs(DeskPerson.Administrator);
        var dialogs = RenderDialogs();
        var page = Open(new ComplaintDetailsBuilder().WithoutComplainant().Build());
        page.Find("#anonymise").Click();
        Erasure.Refusal = InvalidInputException.For("reason", "Say why the personal data is erased.");

        dialogs.Find("#anonymise-send").Click();

        Assert.Contains("Say why the personal data is erased.", dialogs.Markup, StringComparison.Ordinal);
        Assert.Single(dialogs.FindAll("#anonymise-send"));
        Assert.Equal((ComplaintDetailsBuilder.Reference, null), Assert.Single(Erasure.Requests));
    }

    [Fact]
    public void With_a_reason_the_page_shows_the_complainant_as_Anonymised_and_offers_it_no_more()
    {
        SignInAs(DeskPerson.Administrator);
        var dialogs = RenderDialogs();
        var page = Open(new ComplaintDetailsBuilder().WithoutComplainant().Build());
        Erasure.Answer = Anonymised();
        page.Find("#anonymise").Click();

        dialogs.Find("#anonymise-reason").Change(Reason);
        dialogs.Find("#anonymise-send").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#anonymise-send")));
        page.WaitForAssertion(() => Assert.Equal("Anonymised", page.Find("#complainant-name").TextContent.Trim()));
        Assert.NotNull(page.Find("#complainant-anonymised"));
        Assert.Empty(page.FindAll("#anonymise"));
        Assert.Equal((ComplaintDetailsBuilder.Reference, Reason), Assert.Single(Erasure.Requests));
    }

    private static ComplaintDetails Anonymised() =>
        new ComplaintDetailsBuilder().AtVersion(4).Build() with
        {
            Complainant = new ComplainantView(Complainant.AnonymisedName, null, null, ContactMethod.Email, DeskPageContext.Now),
        };
}
