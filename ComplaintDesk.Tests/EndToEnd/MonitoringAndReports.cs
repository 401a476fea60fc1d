using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class MonitoringAndReports(DeskBrowser desk) : BuildingThisMonthsWorkbook(desk), IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_handler_is_told_monitoring_and_reports_are_not_for_them()
    {
        var page = await Desk.SignInAsync("handler@demo.local");

        await Assertions.Expect(page.Locator("a[href='/monitoring']")).ToHaveCountAsync(0);
        foreach (var address in new[] { "/monitoring", "/reports" })
        {
            await page.GotoAsync(address);
            await Assertions.Expect(page.GetByText("This page is not for your role")).ToBeVisibleAsync();
        }
    }
}
