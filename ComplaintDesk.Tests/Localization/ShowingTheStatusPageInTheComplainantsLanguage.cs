using System.Text.RegularExpressions;
using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Components;
using Page = ComplaintDesk.Web.Features.StatusPage.StatusPage;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// The status page speaks the complainant's language: the stage in plain words, the dates as their language writes
/// them, the decision, and the actions the stage allows; the decision's text is shown as text, never markup.
/// </summary>
public sealed class ShowingTheStatusPageInTheComplainantsLanguage : DeskPageContext
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("tr-TR", "Şikâyetiniz", "Karar gönderildi", "02.03.2026 09:00", "Kararı kabul et", "Kararı reddet", "Önerdiğimiz çözüm: Para iadesi",
        "Sizden yanıt alamazsak şikâyetinizi bu kararla kapatacağımız tarih: 19.03.2026 09:00")]
    [InlineData("en", "Your complaint", "Decision sent", "2 Mar 2026, 09:00", "Accept the decision", "Reject the decision", "What we offer: Refund",
        "If we do not hear from you, we will close your complaint with this decision on 19 Mar 2026, 09:00")]
    public void A_decided_complaint(string culture, string heading, string stage, string received, string accept, string reject, string remedies, string closes)
    {
        using var language = new TestCulture(culture);
        StatusPage.View = View(ComplaintStatus.DecisionCommunicated) with { ClosesWithoutReplyAt = Received.AddDays(17) };

        var page = Open();

        Assert.Equal(heading, page.Find("#status-heading").TextContent.Trim());
        Assert.Equal("CMP-2026-000042", page.Find("#status-reference").TextContent);
        Assert.Equal(stage, page.Find("#status-stage-name").TextContent.Trim());
        Assert.Equal(received, page.Find("#status-received").TextContent.Trim());
        Assert.Equal(accept, page.Find("#accept-decision").TextContent.Trim());
        Assert.Equal(reject, page.Find("#reject-decision").TextContent.Trim());
        Assert.Equal(remedies, page.Find("#status-remedies").TextContent.Trim());
        Assert.Equal(closes, Regex.Replace(page.Find("#status-closes-without-reply").TextContent.Trim(), @"\s+", " "));
        Assert.Equal("We refund it. <b>Sorry</b>", page.Find("#status-decision-text").TextContent.Trim());
        Assert.Empty(page.FindAll("#status-decision-text b"));
        // A question before answering goes to the team too; the decision keeps waiting for the verdict.
        Assert.Single(page.FindAll("#status-information"));
    }

    [Theory]
    [InlineData("tr-TR", "Sizden bilgi bekleniyor", "Sizden bilgi bekliyoruz", "Bilgiyi gönder", "Henüz değil")]
    [InlineData("en", "Waiting for information from you", "We need information from you", "Send information", "Not yet")]
    public void A_complaint_awaiting_the_complainant(string culture, string stage, string ask, string send, string notYet)
    {
        using var language = new TestCulture(culture);
        StatusPage.View = View(ComplaintStatus.AwaitingComplainant) with { AcknowledgedAt = null, Decision = null, Stage = StatusStage.Awaiting };

        var page = Open();

        Assert.Equal(stage, page.Find("#status-stage-name").TextContent.Trim());
        Assert.Contains(ask, page.Find("#status-information").TextContent, StringComparison.Ordinal);
        Assert.Equal(send, page.Find("#send-information").TextContent.Trim());
        Assert.Equal(notYet, page.Find("#status-acknowledged").TextContent.Trim());
        Assert.Empty(page.FindAll("#status-answer"));
    }

    [Theory]
    [InlineData("tr-TR", "Şikâyetinizi nasıl ele aldık?", "Çok memnunum", "Şikâyetinizin ele alınışına 5 üzerinden 4 verdiniz. Teşekkür ederiz.")]
    [InlineData("en", "How did we handle your complaint?", "Very satisfied", "You rated how we handled your complaint 4 out of 5. Thank you.")]
    public void A_closed_complaint_asks_once_how_satisfied_the_complainant_is(string culture, string heading, string best, string thanks)
    {
        using var language = new TestCulture(culture);
        StatusPage.View = View(ComplaintStatus.Closed) with { Stage = StatusStage.Closed };

        var asking = Open();

        Assert.Equal(heading, asking.Find("#status-satisfaction h2").TextContent.Trim());
        Assert.Equal(5, asking.FindAll("#status-satisfaction input[type=radio][name=Satisfaction]").Count);
        Assert.Equal(best, asking.FindAll(".status-scale-option")[4].TextContent.Replace("5", "", StringComparison.Ordinal).Trim());
        Assert.Empty(asking.FindAll("#status-rated"));

        StatusPage.View = View(ComplaintStatus.Closed) with { Stage = StatusStage.Closed, Moves = [], Satisfaction = 4 };
        var rated = Open();

        Assert.Empty(rated.FindAll("#status-satisfaction"));
        Assert.Equal(thanks, rated.Find("#status-rated").TextContent.Trim());
    }

    [Theory]
    [InlineData("tr-TR", "Bu bağlantı çalışmıyor")]
    [InlineData("en", "This link does not work")]
    public void A_link_that_does_not_work(string culture, string heading)
    {
        using var language = new TestCulture(culture);
        StatusPage.View = null;

        var page = Open();

        Assert.Equal(heading, page.Find("#status-heading").TextContent.Trim());
        Assert.NotNull(page.Find("#status-not-found"));
    }

    private IRenderedComponent<Page> Open() =>
        Render<Page>(p => p.Add(page => page.Token, ScriptedStatusPageDesk.Token));

    private static StatusView View(ComplaintStatus status) => new(
        "CMP-2026-000042",
        StatusStage.Decided,
        Received,
        Received.AddHours(2),
        null,
        new StatusDecision("We refund it. <b>Sorry</b>", [RemedyType.Refund], Received.AddDays(3), [new StatusFile(7, "karar.pdf", 2048)]),
        null,
        ComplainantMoves.PossibleIn(status));
}
