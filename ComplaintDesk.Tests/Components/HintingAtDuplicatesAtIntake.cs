using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Web.Features.Complaints;
using Bunit;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// As the handler types the complainant's e-mail, phone or the description, the intake form looks, after a pause in
/// typing, for open complaints that may be the same one, and shows them as links with their reason.
/// </summary>
public sealed class HintingAtDuplicatesAtIntake : DeskPageContext
{
    private static readonly TimeSpan _pause = TimeSpan.FromMilliseconds(500);

    public HintingAtDuplicatesAtIntake() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void Looks_once_typing_pauses_with_what_was_typed()
    {
        Duplicates.AtIntake = [new PossibleDuplicate("CMP-2026-000007", DuplicateReason.SameEmail)];
        var form = RenderPage<NewComplaintPage>();

        form.Find("#email").Input("ayse@example.com");
        form.Find("#phone").Input("+90 532 111 22 33");
        Time.Advance(_pause - TimeSpan.FromMilliseconds(1));
        Assert.Empty(Duplicates.Probes);
        Assert.Empty(form.FindAll("#intake-duplicates [data-duplicate]"));

        Time.Advance(TimeSpan.FromMilliseconds(1));

        form.WaitForAssertion(() => Assert.Single(form.FindAll("#intake-duplicates [data-duplicate]")));
        Assert.Equal(new DuplicateProbe("ayse@example.com", "+90 532 111 22 33", null), Assert.Single(Duplicates.Probes));
        var link = form.Find("#intake-duplicates [data-duplicate] a");
        Assert.Equal(("CMP-2026-000007", "/complaints/CMP-2026-000007"), (link.TextContent.Trim(), link.GetAttribute("href")));
        Assert.Equal("Same e-mail", form.Find("#intake-duplicates [data-reason]").TextContent.Trim());
    }

    [Fact]
    public void Looks_at_the_description_too()
    {
        var form = RenderPage<NewComplaintPage>();

        form.Find("#description").Input("The kettle leaks.");
        Time.Advance(_pause);

        form.WaitForAssertion(() => Assert.Equal(new DuplicateProbe(null, null, "The kettle leaks."), Assert.Single(Duplicates.Probes)));
        Assert.Empty(form.FindAll("#intake-duplicates [data-duplicate]"));
    }
}
