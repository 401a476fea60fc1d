using Bunit;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The audit page's sample: finished complaints drawn at random from its filters, each a link, with the seed that draws
/// them again; another draw asks for a new seed, another size keeps the seed.
/// </summary>
public sealed class SamplingComplaintsOnTheAuditPage : DeskPageContext
{
    private static readonly DateTimeOffset _closed = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly ScriptedAuditTrail _audit = new();

    public SamplingComplaintsOnTheAuditPage()
    {
        Services.AddSingleton<IAuditTrail>(_audit);
        SignInAs(DeskPerson.QualityManager);
        _audit.Sample = new ComplaintSample(0, 41,
        [
            new("CMP-2026-000012", ComplaintStatus.Closed, ClosingOutcome.Accepted, _closed, "Billing", "handler@demo.local"),
            new("CMP-2026-000030", ComplaintStatus.Withdrawn, null, _closed.AddDays(1), null, null),
        ]);
    }

    [Fact]
    public void Lists_the_sample_with_links_and_says_its_seed()
    {
        var page = OpenSample();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#audit-sample tbody tr").Count));
        Assert.Equal("/complaints/CMP-2026-000012", page.Find("#audit-sample tr[data-reference='CMP-2026-000012'] a").GetAttribute("href"));
        Assert.Contains("Accepted", page.Find("#audit-sample tr[data-reference='CMP-2026-000012']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Withdrawn", page.Find("#audit-sample tr[data-reference='CMP-2026-000030']").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 of 41 finished complaints, drawn at random with seed 7", page.Find("#audit-sample-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal((10, (int?)null), _audit.Draws[^1]);
    }

    [Fact]
    public void Another_draw_asks_for_a_new_seed_and_another_size_keeps_the_seed()
    {
        var page = OpenSample();
        page.WaitForAssertion(() => Assert.Single(_audit.Draws));

        Choose(page, "Sample size", "20");
        page.WaitForAssertion(() => Assert.Equal((20, (int?)7), _audit.Draws[^1]));
        page.Find("#audit-sample-draw").Click();

        page.WaitForAssertion(() => Assert.Equal((20, (int?)null), _audit.Draws[^1]));
    }

    private IRenderedComponent<AuditPage> OpenSample()
    {
        var page = RenderPage<AuditPage>();
        page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Sample", StringComparison.Ordinal)).Click();
        return page;
    }
}
