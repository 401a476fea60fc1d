using Bunit;
using ComplaintDesk.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The saved-views menu's hints, its delete question and what it says once done, in the person's language.</summary>
public sealed class ShowingSavedViewsInThePersonsLanguage : SavedViewsMenuContext
{
    [Theory]
    [InlineData("tr-TR", "Kuyruğunuz High ile açılıyor; olduğu gibi açılması için tıklayın", "Kuyruğunuzu Closed last ile açın",
        "\"High\" görünümü silinsin mi?", "Görünümü sil", "Kalsın", "\"High\" görünümü silindi.")]
    [InlineData("en", "High opens your queue; click to open it as it comes", "Open your queue with Closed last",
        "Delete the view \"High\"?", "Delete view", "Keep it", "View \"High\" deleted.")]
    public async Task Its_hints_and_deleting_a_view(
        string culture, string isDefault, string makeDefault, string question, string delete, string keep, string deleted)
    {
        using var language = new TestCulture(culture);
        var dialogs = RenderDialogs();
        var menu = RenderMenu(QueueDefaults);
        Open(menu);

        Popovers!.WaitForElement(".mud-popover-open [data-default-view='High']");
        Assert.Equal(isDefault, InMenu("[data-default-view='High']").GetAttribute("title"));
        Assert.Equal(makeDefault, InMenu("[data-default-view='Closed last']").GetAttribute("title"));
        await ClickInMenuAsync("[data-delete-view='High']");

        dialogs.WaitForAssertion(() => Assert.Contains(question, dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(new[] { delete, keep }.Order(StringComparer.Ordinal), dialogs.FindAll(".mud-dialog-actions button").Select(b => b.TextContent.Trim()).Order(StringComparer.Ordinal));
        dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == delete).Click();
        menu.WaitForAssertion(() => Assert.Equal(deleted, Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message));
    }
}
