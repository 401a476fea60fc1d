using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Duplicates;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The complaint page lists its possible duplicates, each a link with its reason; merging into one asks first, naming
/// both references, and only the confirming button merges.
/// </summary>
public sealed class MergingFromThePossibleDuplicates : ComplaintPageContext
{
    private const string Twin = "CMP-2026-000007";

    public MergingFromThePossibleDuplicates()
    {
        SignInAs(DeskPerson.Handler);
        Duplicates.ByReference[ComplaintDetailsBuilder.Reference] =
            [new PossibleDuplicate(Twin, DuplicateReason.SameEmail), new PossibleDuplicate("CMP-2026-000009", DuplicateReason.SimilarText)];
    }

    private static void Press(IRenderedComponent<MudDialogProvider> dialogs, string button) =>
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == button).Click());

    [Fact]
    public void Lists_each_possible_duplicate_as_a_link_with_its_reason()
    {
        var page = Open(new ComplaintDetailsBuilder().Build());

        var rows = page.FindAll("#possible-duplicates [data-duplicate]");
        Assert.Equal(
            [("CMP-2026-000007", "/complaints/CMP-2026-000007", "Same e-mail"), ("CMP-2026-000009", "/complaints/CMP-2026-000009", "Similar text")],
            rows.Select(r => (r.QuerySelector("a")!.TextContent.Trim(), r.QuerySelector("a")!.GetAttribute("href"), r.QuerySelector("[data-reason]")!.TextContent.Trim())));
    }

    [Fact]
    public void Says_kindly_when_nothing_looks_like_it()
    {
        Duplicates.ByReference.Clear();

        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.Equal("No open complaint of the last 30 days looks like this one.", page.Find("#no-duplicates").TextContent.Trim());
    }

    [Fact]
    public void Asks_naming_both_references_and_merges_with_the_version_seen()
    {
        var dialogs = RenderDialogs();
        var page = Open(new ComplaintDetailsBuilder().Build());
        Workflow.Answer = new ComplaintDetailsBuilder().InState(ComplaintStatus.Closed).Build();

        page.Find($"[data-merge-into='{Twin}']").Click();

        dialogs.WaitForAssertion(() => Assert.Contains($"Merge {ComplaintDetailsBuilder.Reference} into {Twin}?", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(Workflow.Applied);
        Press(dialogs, $"Merge into {Twin}");
        page.WaitForAssertion(() => Assert.Single(Workflow.Applied));
        var merge = Workflow.Applied[0];
        Assert.Equal((ComplaintDetailsBuilder.Reference, (int?)3, (ComplaintCommand)new MergeCommand(Twin)), (merge.Reference, merge.ExpectedVersion, merge.Command));
    }

    [Fact]
    public void Keeps_both_open_when_the_handler_thinks_again()
    {
        var dialogs = RenderDialogs();
        var page = Open(new ComplaintDetailsBuilder().Build());

        page.Find($"[data-merge-into='{Twin}']").Click();
        Press(dialogs, "Keep both open");

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog-actions")));
        Assert.Empty(Workflow.Applied);
    }

    [Fact]
    public void Offers_no_merge_to_those_who_may_not_make_it()
    {
        SignInAs(DeskPerson.QualityManager);

        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.Equal(2, page.FindAll("#possible-duplicates [data-duplicate]").Count);
        Assert.Empty(page.FindAll("[data-merge-into]"));
    }

    [Fact]
    public void Offers_merging_only_beside_the_duplicates_not_among_the_moves()
    {
        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.DoesNotContain(nameof(ComplaintMove.Merge), MovesOn(page));
    }
}
