using Bunit;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Localization;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>A queue row whose complainant wrote last says so, in the reader's language; the others say nothing.</summary>
public sealed class FlaggingTheComplainantsLastWord : DeskPageContext
{
    public FlaggingTheComplainantsLastWord() =>
        Queries.Page = new Page<ComplaintSummary>(
        [
            new ComplaintSummaryBuilder("CMP-2026-000001").AssignedTo(DeskPerson.Handler.Email).WithTheComplainantsLastWord().Build(),
            new ComplaintSummaryBuilder("CMP-2026-000002").AssignedTo(DeskPerson.Handler.Email).Build(),
        ], 2);

    [Theory]
    [InlineData("tr-TR", "Yeni mesaj")]
    [InlineData("en", "New message")]
    public void Only_the_row_whose_complainant_wrote_last_is_flagged(string culture, string flag)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.Handler);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Equal(2, queue.FindAll("tr[data-reference]").Count));
        var flagged = Assert.Single(queue.FindAll("[data-wrote]"));
        Assert.Equal(flag, flagged.TextContent.Trim());
        Assert.Equal("CMP-2026-000001", flagged.Closest("tr")!.GetAttribute("data-reference"));
    }
}
