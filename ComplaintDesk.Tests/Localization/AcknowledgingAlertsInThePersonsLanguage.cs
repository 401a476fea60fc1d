using Bunit;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Alerts;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Localization;

/// <summary>What acknowledging alerts says, for one complaint's group and for a selection, and the reassign button's label, in the person's language.</summary>
public sealed class AcknowledgingAlertsInThePersonsLanguage : DeskPageContext
{
    public AcknowledgingAlertsInThePersonsLanguage()
    {
        SignInAs(DeskPerson.Supervisor);
        AlertDesk.Holds(
            new AlertRowBuilder(3, "CMP-2026-000003").Build(),
            new AlertRowBuilder(5, "CMP-2026-000003").AtLevel(2).Build(),
            new AlertRowBuilder(4, "CMP-2026-000004").Build());
    }

    [Theory]
    [InlineData("tr-TR", "CMP-2026-000003 şikâyetindeki 2 uyarıyı onayladınız.", "CMP-2026-000004 şikâyetini yeniden ata")]
    [InlineData("en", "You acknowledged 2 alerts on CMP-2026-000003.", "Reassign CMP-2026-000004")]
    public void A_groups_acknowledgement_and_reassign_button(string culture, string said, string reassignLabel)
    {
        using var language = new TestCulture(culture);
        var page = RenderPage<AlertsPage>();
        Assert.Equal(reassignLabel, page.Find("[data-reassign='CMP-2026-000004']").GetAttribute("aria-label"));

        page.Find("[data-acknowledge-group='CMP-2026-000003']").Click();

        page.WaitForAssertion(() => Assert.Equal(said, Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message));
    }

    [Theory]
    [InlineData("tr-TR", "CMP-2026-000003: 1 uyarı onaylandı; diğerleri: quality@demo.local tarafından zaten onaylanmış.")]
    [InlineData("en", "CMP-2026-000003: 1 acknowledged; the others were already acknowledged by quality@demo.local.")]
    public void A_groups_acknowledgement_with_a_refusal(string culture, string said)
    {
        using var language = new TestCulture(culture);
        AlertDesk.Refused[5] = new AlertAcknowledgement(5, AcknowledgementOutcome.AlreadyAcknowledged, "CMP-2026-000003", DeskPerson.QualityManager.Email, Now);
        var page = RenderPage<AlertsPage>();

        page.Find("[data-acknowledge-group='CMP-2026-000003']").Click();

        page.WaitForAssertion(() => Assert.Equal(said, Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message));
    }

    [Theory]
    [InlineData("tr-TR", "Seçilen 1 uyarıdan 1 tanesi onaylandı.")]
    [InlineData("en", "Acknowledged 1 of 1 selected alerts.")]
    public void A_selections_answer(string culture, string title)
    {
        using var language = new TestCulture(culture);
        var page = RenderPage<AlertsPage>();

        page.Find("#select-CMP-2026-000004").Change(true);
        page.Find("#acknowledge-selected").Click();

        page.WaitForAssertion(() => Assert.Equal(title, page.Find("#acknowledge-results p").TextContent.Trim()));
    }
}
