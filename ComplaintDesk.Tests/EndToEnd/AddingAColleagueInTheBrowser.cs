using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class AddingAColleagueInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private const string Initial = "Welcome!2026";

    [Fact]
    public async Task An_administrator_adds_a_person_who_signs_in_and_is_sent_to_choose_their_own_password()
    {
        var admin = await desk.SignInAsync("admin@demo.local");
        await admin.GotoAsync("/admin/people");
        await DeskBrowser.WaitUntilInteractiveAsync(admin);
        await Assertions.Expect(admin.Locator("[data-person='handler@demo.local']")).ToHaveTextAsync("Ayşe Yılmaz");

        await admin.ClickAsync("#add-person");
        await admin.FillAsync("#person-email", "deniz.arslan@example.com");
        await admin.FillAsync("#person-name", "Deniz Arslan");
        await admin.Locator("[data-role='Supervisor'] input").CheckAsync();
        await admin.FillAsync("#person-password", Initial);
        await Assertions.Expect(admin.GetByRole(AriaRole.Checkbox, new() { Name = "Must change it at first sign-in" })).ToBeCheckedAsync();
        await admin.ClickAsync("#person-create");

        await Assertions.Expect(admin.Locator("[data-person='deniz.arslan@example.com']")).ToHaveTextAsync("Deniz Arslan");
        await admin.ClickAsync("[data-deactivate='handler2@demo.local']");
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-activate='handler2@demo.local']")).ToBeVisibleAsync();
        await DeskBrowser.ScreenshotAsync(admin, "people-administrator");

        var person = await SignInAsync("deniz.arslan@example.com", Initial);
        Assert.EndsWith("/account/password", person.Url, StringComparison.Ordinal);
        await Assertions.Expect(person.Locator("#must-change-password")).ToBeVisibleAsync();
        await person.GotoAsync("/queue");
        Assert.EndsWith("/account/password", person.Url, StringComparison.Ordinal);

        await person.FillAsync("input[name='Input.CurrentPassword']", Initial);
        await person.FillAsync("input[name='Input.NewPassword']", "Deniz!Own2026");
        await person.FillAsync("input[name='Input.Confirmation']", "Deniz!Own2026");
        await person.ClickAsync("#change-password");
        await DeskBrowser.WaitUntilInteractiveAsync(person);

        Assert.DoesNotContain("/account/password", person.Url, StringComparison.Ordinal);
        Assert.Contains("Deniz Arslan", await person.Locator("#signed-in-user").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> SignInAsync(string email, string password)
    {
        var context = await desk.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/account/password");
        return page;
    }
}
