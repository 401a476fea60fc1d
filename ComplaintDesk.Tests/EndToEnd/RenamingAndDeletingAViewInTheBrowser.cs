using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Views;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>A supervisor renames a saved view (a name in use is refused on the field) and deletes one once they confirm.</summary>
public sealed class RenamingAndDeletingAViewInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_view_is_renamed_under_Cores_rules_and_deleted_only_after_Delete_view()
    {
        var supervisor = await desk.ActorAsync("supervisor@demo.local", DeskRole.Supervisor);
        var views = desk.App.Services.GetRequiredService<ISavedViewDesk>();
        await views.SaveAsync(supervisor, "Critical first", "tab=open&sort=-priority", false, CancellationToken.None);
        await views.SaveAsync(supervisor, "Unassigned", "tab=unassigned", false, CancellationToken.None);
        var page = await desk.SignInAsync("supervisor@demo.local");
        var menu = page.Locator("#saved-views button").First;

        await menu.ClickAsync();
        await page.Locator("[data-rename-view='Critical first']").ClickAsync();
        await page.Locator("#rename-view-name").FillAsync("unassigned");
        await page.Locator("#rename-view-send").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("You have a view named \"unassigned\" already");
        await DeskBrowser.ScreenshotAsync(page, "saved-view-rename-refused");
        await page.Locator("#rename-view-name").FillAsync("Most urgent open");
        await page.Locator("#rename-view-send").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        await menu.ClickAsync();
        await page.Locator("[data-delete-view='Unassigned']").ClickAsync();
        var question = page.Locator(".mud-dialog");
        await Assertions.Expect(question).ToContainTextAsync("Delete the view \"Unassigned\"?");
        await DeskBrowser.ScreenshotAsync(page, "saved-view-delete-question");
        await question.GetByRole(AriaRole.Button, new() { Name = "Delete view" }).ClickAsync();
        await Assertions.Expect(question).ToHaveCountAsync(0);

        await menu.ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved-view]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-saved-view]")).ToHaveAttributeAsync("data-saved-view", "Most urgent open");
        Assert.Equal(["Most urgent open"], (await views.ListAsync(supervisor, CancellationToken.None)).Select(v => v.Name));
    }
}
