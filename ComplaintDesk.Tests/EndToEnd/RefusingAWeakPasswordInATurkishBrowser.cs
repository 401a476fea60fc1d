using ComplaintDesk.Tests.Integration;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>A person whose browser asks for Turkish reads Identity's password rules in Turkish when a new password breaks them.</summary>
public sealed class RefusingAWeakPasswordInATurkishBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task The_rules_a_new_password_breaks_read_in_Turkish()
    {
        var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = desk.BaseUrl, Locale = "tr-TR" });
        var page = await DeskBrowser.SignInAsync(context, "handler2@demo.local");
        await page.GotoAsync("/account/password");

        await page.FillAsync("input[name='Input.CurrentPassword']", DeskApi.Password);
        await page.FillAsync("input[name='Input.NewPassword']", "abc");
        await page.FillAsync("input[name='Input.Confirmation']", "abc");
        await page.ClickAsync("#change-password");

        var rules = page.Locator("[data-error-for='Input.NewPassword']");
        await Assertions.Expect(rules).ToContainTextAsync("Parola en az 8 karakter olmalı.");
        await Assertions.Expect(rules).ToContainTextAsync("Parola en az bir rakam ('0'-'9') içermeli.");
        await DeskBrowser.ScreenshotAsync(page, "password-tr-weak");
    }
}
