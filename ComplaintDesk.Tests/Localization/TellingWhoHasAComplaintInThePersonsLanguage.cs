using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Alerts;
using ComplaintDesk.Web.Features.Complaints;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Localization;

/// <summary>What taking or assigning a complaint says, and the assign dialog's title, in the person's language.</summary>
public sealed class TellingWhoHasAComplaintInThePersonsLanguage : DeskPageContext
{
    private const string Reference = "CMP-2026-000003";

    [Theory]
    [InlineData("tr-TR", "CMP-2026-000003 artık sizde.")]
    [InlineData("en", "CMP-2026-000003 is yours now.")]
    public void Taking_it_on_its_page(string culture, string said)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.Handler);
        Queries.Holds(new ComplaintDetailsBuilder(Reference).InState(ComplaintStatus.Acknowledged).Build());
        Workflow.Answer = new ComplaintDetailsBuilder(Reference).InState(ComplaintStatus.Acknowledged).AssignedTo(DeskPerson.Handler.Email).Build();
        var page = RenderPage<ComplaintPage>(p => p.Add(c => c.Reference, Reference));

        page.Find("[data-move='Take']").Click();

        page.WaitForAssertion(() => Assert.Equal(said, Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message));
    }

    [Theory]
    [InlineData("tr-TR", "CMP-2026-000003 şikâyetini ata", "Ata", "CMP-2026-000003, Mehmet Demir adlı kişiye atandı.")]
    [InlineData("en", "Assign CMP-2026-000003", "Assign", "CMP-2026-000003 is assigned to Mehmet Demir.")]
    public void Assigning_it_from_the_alerts_centre(string culture, string title, string assign, string said)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.Supervisor);
        AlertDesk.Holds(new AlertRowBuilder(3, Reference).AtLevel(0).Build());
        Queries.Holds(new ComplaintDetailsBuilder(Reference).InState(ComplaintStatus.InInvestigation).AssignedTo(DeskPerson.Handler.Email).Build());
        Workflow.Answer = new ComplaintDetailsBuilder(Reference).AssignedTo(DeskPerson.Handler2.Email).Build();
        var dialogs = RenderDialogs();
        var page = RenderPage<AlertsPage>();

        page.Find($"[data-reassign='{Reference}']").Click();
        Assert.Equal(title, dialogs.Find(".mud-dialog-title").TextContent.Trim());
        var field = dialogs.Find("div.mud-input-control.mud-select label").TextContent.Trim();
        Choose(dialogs, field, $"{DeskPerson.Handler2.DisplayName} ({DeskPerson.Handler2.Email})");
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == assign).Click();

        page.WaitForAssertion(() => Assert.Equal(said, Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message));
    }
}
