using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Components;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// The remedy proposed, the way the decision went out and when it closes unanswered, in the reader's language, not as
/// Core's enum names.
/// </summary>
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
        Assert.Empty(page.FindAll("#complaint-closes-without-reply"));
    }

    [Theory]
    [InlineData("tr-TR", "Şikâyetçi yanıt vermezse kapanır", "17.03.2026 09:00")]
    [InlineData("en", "Closes if the complainant does not reply", "17 Mar 2026, 09:00")]
    public void With_the_time_it_closes_unless_the_complainant_replies(string culture, string heading, string closes)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().InState(ComplaintStatus.DecisionCommunicated)
            .Decided(RemedyType.Refund, Channel.Email, ComplaintDetailsBuilder.ReceivedAt.AddDays(15)).Build());

        var row = page.Find("#complaint-closes-without-reply");
        Assert.Equal((heading, closes), (row.QuerySelector("th")!.TextContent.Trim(), row.QuerySelector("td")!.TextContent.Trim()));
    }
}
