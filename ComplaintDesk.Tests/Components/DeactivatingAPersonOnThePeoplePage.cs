using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Features.People;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

public sealed class DeactivatingAPersonOnThePeoplePage : PeoplePageContext
{
    [Fact]
    public void Asks_for_confirmation_first_and_only_then_deactivates()
    {
        var dialogs = RenderDialogs();
        var page = RenderPage<PeoplePage>();
        page.WaitForAssertion(() => page.Find("[data-deactivate='handler@demo.local']"));

        page.Find("[data-deactivate='handler@demo.local']").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Deactivate Ayşe Yılmaz?", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(People.Deactivated);
        dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Deactivate").Click();
        page.WaitForAssertion(() => Assert.Equal(["id-h1"], People.Deactivated));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-activate='handler@demo.local']")));
    }

    [Fact]
    public void Cancelling_the_confirmation_changes_nothing()
    {
        var dialogs = RenderDialogs();
        var page = RenderPage<PeoplePage>();
        page.WaitForAssertion(() => page.Find("[data-deactivate='handler@demo.local']"));

        page.Find("[data-deactivate='handler@demo.local']").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Cancel").Click());

        Assert.Empty(People.Deactivated);
        Assert.NotNull(page.Find("[data-deactivate='handler@demo.local']"));
    }

    [Fact]
    public void A_refusal_such_as_the_last_administrator_is_said_and_the_row_stays_active()
    {
        People.Refusal = new MoveRefusedException("Elif Şahin is the last active administrator and cannot be deactivated.");
        var dialogs = RenderDialogs();
        var page = RenderPage<PeoplePage>();
        var snackbar = Services.GetRequiredService<MudBlazor.ISnackbar>();
        page.WaitForAssertion(() => page.Find("[data-deactivate='admin@demo.local']"));

        page.Find("[data-deactivate='admin@demo.local']").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Deactivate").Click());

        page.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s => s.Message?.Contains("last active administrator", StringComparison.Ordinal) == true));
        Assert.NotNull(page.Find("[data-deactivate='admin@demo.local']"));
    }
}
