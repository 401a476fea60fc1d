using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The acknowledge, ask and decision dialogs offer a reply template in each language, the complainant's first: it
/// fills the move's text with the complaint's values, and the handler may still change it before sending.
/// </summary>
public sealed class FillingAMoveFromAReplyTemplate : ComplaintPageContext
{
    public FillingAMoveFromAReplyTemplate() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void The_complainants_language_comes_first_and_fills_the_field_with_the_complaints_values()
    {
        var dialogs = RenderDialogs();
        Open(new ComplaintDetailsBuilder().AssignedTo(DeskPerson.Handler.Email).SpeakingTo("tr-TR").Build()).Find("[data-move='Acknowledge']").Click();

        dialogs.Find("#reply-template button").Click();
        var first = Popovers!.FindAll("[data-culture]")[0];
        Assert.Equal("tr-TR", first.GetAttribute("data-culture"));
        Assert.Contains("the complainant's language", first.TextContent, StringComparison.Ordinal);
        first.Click();

        dialogs.WaitForAssertion(() =>
        {
            var text = TextIn(dialogs);
            Assert.StartsWith("Sayın Ayşe Kara, ", text, StringComparison.Ordinal);
            Assert.Contains($"{ComplaintDetailsBuilder.Reference} numaralı", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_administrators_reply_is_used_and_the_handler_can_still_change_it()
    {
        Templates.HoldReply(MessageKind.InformationRequest, "en", "Dear {name}, about {reference}: which account was charged?");
        var dialogs = RenderDialogs();
        Open(new ComplaintDetailsBuilder().InState(InInvestigation).AssignedTo(DeskPerson.Handler.Email).SpeakingTo("en").Build())
            .Find("[data-move='AwaitComplainant']").Click();

        dialogs.Find("#reply-template button").Click();
        Popovers!.Find("[data-culture='en']").Click();
        var filled = $"Dear Ayşe Kara, about {ComplaintDetailsBuilder.Reference}: which account was charged?";
        dialogs.WaitForAssertion(() => Assert.Equal(filled, TextIn(dialogs)));

        dialogs.Find("#field-text").Change(filled + " And when?");
        Workflow.Answer = new ComplaintDetailsBuilder().InState(AwaitingComplainant).AssignedTo(DeskPerson.Handler.Email).Build();
        dialogs.Find("#move-send").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(filled + " And when?", Assert.IsType<AwaitComplainantCommand>(Assert.Single(Workflow.Applied).Command).Question));
    }

    private static string? TextIn(IRenderedComponent<MudBlazor.MudDialogProvider> dialogs) => dialogs.Find("#field-text").GetAttribute("value");
}
