using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Complaints;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The complaint page's moves, dialogs, complainant and timeline, and Core's refusals in them, in the person's language.</summary>
public sealed class ShowingAComplaintInThePersonsLanguage : ComplaintPageContext
{
    public ShowingAComplaintInThePersonsLanguage() => SignInAs(DeskPerson.Handler);

    [Theory]
    [InlineData("tr-TR", "Kapat", "Şikâyeti kapat", "Şikâyetçi kararı kabul etti", "Vazgeç")]
    [InlineData("en", "Close", "Close complaint", "The complainant accepted the decision", "Cancel")]
    public void A_move_and_its_dialog(string culture, string button, string send, string accepted, string cancel)
    {
        using var language = new TestCulture(culture);
        var dialogs = RenderDialogs();
        var page = Open(Communicated());

        Assert.Equal(button, page.Find("[data-move='Close']").TextContent.Trim());
        page.Find("[data-move='Close']").Click();

        Assert.Equal(send, dialogs.Find("#move-send").TextContent.Trim());
        Assert.Contains(accepted, dialogs.Find("#field-outcome").TextContent, StringComparison.Ordinal);
        Assert.Contains(dialogs.FindAll("button"), b => b.TextContent.Trim() == cancel);
    }

    [Theory]
    [InlineData("tr-TR", "Şikâyet şu an bu durumda: inceleniyor. Bu durumdayken şu yapılamaz: kapatma. Bu yalnızca şu durumlarda olur: şikâyetçinin karara yanıtı bekleniyor.")]
    [InlineData("en", "You can't close this complaint while it is in investigation. That is possible only when it is waiting for the complainant's reply to the decision.")]
    public void A_refusal_from_Core_in_the_dialog(string culture, string words)
    {
        using var language = new TestCulture(culture);
        var dialogs = RenderDialogs();
        var page = Open(Communicated());
        page.Find("[data-move='Close']").Click();
        dialogs.Find("#field-outcome input[type=radio]").Click();
        Workflow.Refusal = new MoveRefusedException(ComplaintMoves.WhyNot(ComplaintMove.Close, InInvestigation));

        dialogs.Find("#move-send").Click();

        Assert.Equal(words, dialogs.Find("#move-problem").TextContent.Trim());
    }

    [Theory]
    [InlineData("tr-TR", "Şikâyetçi", "E-postayla iletişimi tercih ediyor", "Zaman çizelgesi", "Masaya kaydedildi")]
    [InlineData("en", "Complainant", "Prefers contact by email", "Timeline", "Registered on the desk")]
    public void The_complainant_and_the_timeline(string culture, string heading, string prefers, string timeline, string registered)
    {
        using var language = new TestCulture(culture);

        var page = Open(Communicated());

        var panel = page.Find("#complainant-panel").TextContent;
        Assert.Contains(heading, panel, StringComparison.Ordinal);
        Assert.Contains(prefers, panel, StringComparison.Ordinal);
        Assert.Contains(timeline, page.Markup, StringComparison.Ordinal);
        Assert.Contains(registered, page.Find("#complaint-timeline").TextContent, StringComparison.Ordinal);
    }

    private static ComplaintDetails Communicated() =>
        new ComplaintDetailsBuilder().InState(DecisionCommunicated).AssignedTo(DeskPerson.Handler.Email).AtVersion(3).Build();
}
