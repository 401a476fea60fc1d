using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Tests.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// The countdown the browser ticks speaks the page's language: the server renders the figure in it and hands the
/// script the same words on its tag, so a Turkish desk reads "… kaldı" and then "… gecikti", never English.
/// </summary>
public sealed class TickingACountdownInTheBrowsersLanguage(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    // Critical: respond within 8 hours around the clock.
    private static readonly TimeSpan _respondTarget = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_Turkish_page_ticks_in_Turkish_until_overdue()
    {
        var now = desk.App.Time.GetUtcNow();
        var receivedAt = now - TimeSpan.FromHours(2);
        var reference = await ReceiveCriticalAsync(receivedAt);
        var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = desk.BaseUrl, Locale = "tr-TR" });
        await context.Clock.InstallAsync(new ClockInstallOptions { TimeDate = now.UtcDateTime });
        var page = await DeskBrowser.SignInAsync(context, "handler@demo.local");
        await page.Clock.SetFixedTimeAsync(now.UtcDateTime);
        await page.GotoAsync($"/complaints/{reference}");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        var figure = page.Locator("[data-clock='Respond'] .desk-clock__figure");
        await Assertions.Expect(figure).ToHaveTextAsync("6 sa 0 dk kaldı");

        await page.Clock.SetFixedTimeAsync((now + TimeSpan.FromMinutes(5)).UtcDateTime);
        await Assertions.Expect(figure).ToHaveTextAsync("5 sa 55 dk kaldı");

        await page.Clock.SetFixedTimeAsync((receivedAt + _respondTarget + TimeSpan.FromSeconds(1.5)).UtcDateTime);
        await Assertions.Expect(figure).ToHaveTextAsync("0 dk 1 sn gecikti");
        await page.Locator("[data-clock='Respond']").ScreenshotAsync(new() { Path = Path.Combine(DeskBrowser.ScreenshotFolder, "countdown-tr.png") });
    }

    /// <summary>Received two hours ago, acknowledged and assessed Critical: its respond clock has six hours left.</summary>
    private async Task<string> ReceiveCriticalAsync(DateTimeOffset receivedAt)
    {
        var handler = await desk.ActorAsync("handler@demo.local", DeskRole.Handler);
        var workflow = desk.App.Services.GetRequiredService<IComplaintWorkflow>();
        var received = await workflow.ReceiveAsync(
            NewComplaints.KettleByPhone(receivedAt, "The kettle's lid does not close."), handler, CancellationToken.None);
        foreach (var move in new ComplaintCommand[] { new AcknowledgeCommand(Channel.Email), new AssessCommand(Priority.Critical, "Product quality") })
        {
            await workflow.ApplyAsync(received.Reference, handler, null, move, CancellationToken.None);
        }

        return received.Reference;
    }
}
