using Bunit;

namespace ComplaintDesk.Tests.Components;

/// <summary>Whatever a complainant or handler typed is shown as text, never run as markup.</summary>
public sealed class ShowingHostileTextAsText : ComplaintPageContext
{
    private const string Hostile = "<script>alert(1)</script><b>x</b>";

    public ShowingHostileTextAsText() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void A_description_with_markup_is_shown_as_typed()
    {
        var page = Open(new ComplaintDetailsBuilder().Describing(Hostile).Build());

        var description = page.Find("#complaint-description");
        Assert.Equal(Hostile, description.TextContent.Trim());
        Assert.Empty(description.QuerySelectorAll("script, b"));
        Assert.Empty(page.FindAll("script"));
    }

    [Fact]
    public void A_timeline_note_with_markup_is_shown_as_typed()
    {
        var page = Open(new ComplaintDetailsBuilder().WithNote(Hostile).Build());

        var note = Assert.Single(page.FindAll("#complaint-timeline .desk-text"));
        Assert.Equal(Hostile, note.TextContent.Trim());
        Assert.Empty(page.FindAll("#complaint-timeline script, #complaint-timeline b"));
        Assert.Empty(page.FindAll("script"));
    }
}
