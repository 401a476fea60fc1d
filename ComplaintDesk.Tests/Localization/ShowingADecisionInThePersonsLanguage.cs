using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Components;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The remedy proposed and the way the decision went out, named in the reader's language, not as Core's enum names.</summary>
public sealed class ShowingADecisionInThePersonsLanguage : ComplaintPageContext
{
    [Theory]
    [InlineData("tr-TR", "Para iadesi", "E-posta ile")]
    [InlineData("en", "Refund", "by Email")]
    public void On_the_complaint_page(string culture, string remedy, string by)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.Supervisor);

        var page = Open(new ComplaintDetailsBuilder().InState(ComplaintStatus.DecisionCommunicated).Decided(RemedyType.Refund, Channel.Email).Build());

        var rows = page.FindAll("tr").Select(row => row.TextContent).ToList();
        Assert.Contains(rows, row => row.Contains(remedy, StringComparison.Ordinal) && row.Contains("We refund the delivery charge.", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.TrimEnd().EndsWith(by, StringComparison.Ordinal));
    }
}
