using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// On a closed complaint the handler records the complainant's satisfaction, while none is recorded, and the root cause
/// with its corrective action, which the dialog starts from.
/// </summary>
public sealed class RecordingWhatWasLearntInTheDialog : ComplaintPageContext
{
    public RecordingWhatWasLearntInTheDialog() => SignInAs(DeskPerson.Handler);

    [Theory]
    [InlineData("tr-TR", "Memnuniyeti kaydet", "Kök neden")]
    [InlineData("en", "Record satisfaction", "Root cause")]
    public void A_complaint_closed_without_a_score_offers_both_in_the_persons_language(string culture, string satisfaction, string rootCause)
    {
        using var language = new TestCulture(culture);

        var page = Open(Closed().Build());

        Assert.Equal(satisfaction, page.Find("[data-move='RecordSatisfaction']").TextContent.Trim());
        Assert.Equal(rootCause, page.Find("[data-move='RecordRootCause']").TextContent.Trim());
    }

    [Fact]
    public void A_complaint_with_a_score_is_not_offered_another()
    {
        var page = Open(Closed(satisfaction: 3).Build());

        Assert.Empty(page.FindAll("[data-move='RecordSatisfaction']"));
        Assert.Single(page.FindAll("[data-move='RecordRootCause']"));
    }

    [Fact]
    public void The_stars_and_the_comment_chosen_are_the_ones_sent()
    {
        var dialogs = RenderDialogs();
        Open(Closed().Build()).Find("[data-move='RecordSatisfaction']").Click();
        Workflow.Answer = Closed(satisfaction: 4).Build();

        dialogs.FindAll("#field-satisfaction input[type=radio]")[3].Click();
        dialogs.Find("#field-text").Change("Called back a week later.");
        dialogs.Find("#move-send").Click();

        Assert.Equal(new RecordSatisfactionCommand(4, "Called back a week later."), Assert.Single(Workflow.Applied).Command);
    }

    [Fact]
    public void The_root_cause_dialog_starts_from_what_was_recorded_and_sends_the_corrective_action()
    {
        var dialogs = RenderDialogs();
        var page = Open(Closed(rootCause: "Courier", correctiveAction: null).Build());
        page.Find("[data-move='RecordRootCause']").Click();
        Workflow.Answer = Closed(rootCause: "Courier", correctiveAction: "CAPA-2026-014").Build();

        Assert.Equal("Courier", dialogs.Find("#field-root-cause").GetAttribute("value"));
        dialogs.Find("#field-corrective-action").Change("CAPA-2026-014");
        dialogs.Find("#move-send").Click();

        Assert.Equal(new RecordRootCauseCommand("Courier", "CAPA-2026-014"), Assert.Single(Workflow.Applied).Command);
        Assert.Equal("CAPA-2026-014", page.Find("#complaint-corrective-action").TextContent.Trim());
    }

    private static ComplaintDetailsBuilder Closed(int? satisfaction = null, string? rootCause = null, string? correctiveAction = null) =>
        new ComplaintDetailsBuilder().AssignedTo(DeskPerson.Handler.Email).ClosedAs(ClosingOutcome.Accepted, satisfaction, rootCause, correctiveAction);
}
