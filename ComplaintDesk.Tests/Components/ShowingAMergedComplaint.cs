using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Duplicates;

namespace ComplaintDesk.Tests.Components;

/// <summary>A merged complaint says clearly where it went, with a link; the one it went into lists what was merged into it.</summary>
public sealed class ShowingAMergedComplaint : ComplaintPageContext
{
    public ShowingAMergedComplaint() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void A_merged_complaint_shows_a_banner_linking_to_the_one_it_was_merged_into()
    {
        Duplicates.Links[ComplaintDetailsBuilder.Reference] = new MergeLinks("CMP-2026-000007", []);

        var page = Open(new ComplaintDetailsBuilder().InState(ComplaintStatus.Closed).Build());

        Assert.StartsWith("Merged into CMP-2026-000007", page.Find("#merged-into").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/complaints/CMP-2026-000007", page.Find("#merged-into-link").GetAttribute("href"));
        Assert.Empty(page.FindAll("#possible-duplicates"));
    }

    [Fact]
    public void The_complaint_it_went_into_lists_the_merged_ones()
    {
        Duplicates.Links[ComplaintDetailsBuilder.Reference] = new MergeLinks(null, ["CMP-2026-000005", "CMP-2026-000006"]);

        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.Equal(
            ["/complaints/CMP-2026-000005", "/complaints/CMP-2026-000006"],
            page.FindAll("#merged-from [data-merged-from]").Select(a => a.GetAttribute("href")));
        Assert.Empty(page.FindAll("#merged-into"));
    }

    [Fact]
    public void A_complaint_never_merged_shows_neither()
    {
        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.Empty(page.FindAll("#merged-into, #merged-from"));
    }
}
