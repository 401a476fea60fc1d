using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Staff;
using ComplaintDesk.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MudBlazor;
using MudBlazor.Utilities;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// axe-core on every page each role can open, in the light and the dark theme: nothing critical or serious.
/// Each role signs in once; every page is screenshotted for a person to look at.
/// </summary>
public sealed class MeetingAccessibilityOnEveryPage(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Theory]
    [InlineData("handler@demo.local", DeskRole.Handler)]
    [InlineData("supervisor@demo.local", DeskRole.Supervisor)]
    [InlineData("quality@demo.local", DeskRole.QualityManager)]
    [InlineData("admin@demo.local", DeskRole.Administrator)]
    public async Task Every_page_of_a_role_has_no_critical_or_serious_violation_in_either_theme(string email, DeskRole role)
    {
        var actor = await desk.ActorAsync(email, role);
        var page = await desk.SignInAsync(email);
        var pages = await DeskPages.ForAsync(page, role, actor.UserId);
        var findings = new AxeFindings();

        foreach (var dark in new[] { false, true })
        {
            await PreferDarkModeAsync(actor.UserId, dark);
            foreach (var (name, path, ready) in pages)
            {
                var where = $"{role} {name} ({(dark ? "dark" : "light")})";
                await page.GotoAsync(path);
                await DeskPages.WaitUntilShownAsync(page, ready);
                await ExpectThemeAsync(page, dark && name != "password");
                await findings.CheckAsync(page, where);
                await findings.CheckOutlineAsync(page, where);
                await DeskBrowser.ScreenshotAsync(page, $"axe-{role}-{name}-{(dark ? "dark" : "light")}".ToLowerInvariant());
            }
        }

        Assert.False(findings.Any, findings.ToString());
    }

    [Fact]
    public async Task The_sign_in_page_has_no_critical_or_serious_violation()
    {
        var context = await desk.NewContextAsync();
        var page = await context.NewPageAsync();
        var findings = new AxeFindings();

        await page.GotoAsync("/login?error=failed");
        await page.Locator("#login-error").WaitForAsync();
        await findings.CheckAsync(page, "sign-in");
        await findings.CheckOutlineAsync(page, "sign-in");
        await DeskBrowser.ScreenshotAsync(page, "axe-sign-in");

        Assert.False(findings.Any, findings.ToString());
    }

    private async Task PreferDarkModeAsync(string userId, bool dark)
    {
        await using var scope = desk.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StaffPreferences>().SetDarkModeAsync(userId, dark, CancellationToken.None);
    }

    private static async Task ExpectThemeAsync(IPage page, bool dark)
    {
        var palette = dark ? (Palette)DeskTheme.Theme.PaletteDark : DeskTheme.Theme.PaletteLight;
        var primary = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-primary').trim()");
        Assert.Equal(palette.Primary.ToString(MudColorOutputFormats.RGBA), primary, ignoreCase: true);
    }
}
