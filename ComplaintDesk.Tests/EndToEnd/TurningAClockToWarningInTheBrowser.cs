using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Tests.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A clock ticking in the browser turns to warning when the browser's time passes the warning instant Core rendered,
/// and to breached at its deadline, with the class and state the server would render, while the server's clock stands still.
/// </summary>
public sealed class TurningAClockToWarningInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    // Critical: respond within 8 hours around the clock, a warning at 75 % of them.
    private static readonly TimeSpan _respondTarget = TimeSpan.FromHours(8);
    private static readonly TimeSpan _warningAfter = TimeSpan.FromHours(6);

    [Fact]
    public async Task A_running_chip_turns_to_warning_at_its_warning_instant_and_to_breached_at_its_deadline()
    {
        var now = desk.App.Time.GetUtcNow();
        var receivedAt = now - _warningAfter + TimeSpan.FromSeconds(30);
        var reference = await ReceiveCriticalAsync(receivedAt);
        var page = await desk.SignInAsync("handler@demo.local");
        // The browser reads the server's instant, and moves on only when the test says so.
        await page.Clock.SetFixedTimeAsync(now.UtcDateTime);
        await page.GotoAsync($"/complaints/{reference}");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        var chip = page.Locator("[data-clock='Respond'] .desk-clock");
        await Assertions.Expect(chip).ToHaveAttributeAsync("data-clock-state", "Running");
        await Assertions.Expect(chip).ToHaveClassAsync("desk-clock desk-clock--running");

        await page.Clock.SetFixedTimeAsync((receivedAt + _warningAfter).UtcDateTime);

        await Assertions.Expect(chip).ToHaveAttributeAsync("data-clock-state", "Warning");
        await Assertions.Expect(chip).ToHaveClassAsync("desk-clock desk-clock--warning");
        await chip.ScreenshotAsync(new() { Path = Path.Combine(DeskBrowser.ScreenshotFolder, "clock-warning-in-browser.png") });

        await page.Clock.SetFixedTimeAsync((receivedAt + _respondTarget + TimeSpan.FromSeconds(1.5)).UtcDateTime);

        await Assertions.Expect(chip).ToHaveAttributeAsync("data-clock-state", "Breached");
        await Assertions.Expect(chip).ToHaveClassAsync("desk-clock desk-clock--breached");
        await Assertions.Expect(chip.Locator(".desk-clock__figure")).ToHaveTextAsync("0m 1s overdue");
    }

    /// <summary>Received almost six hours ago, acknowledged and assessed Critical: its respond clock is 30 seconds short of its warning.</summary>
    private async Task<string> ReceiveCriticalAsync(DateTimeOffset receivedAt)
    {
        var handler = await desk.ActorAsync("handler@demo.local", DeskRole.Handler);
        var workflow = desk.App.Services.GetRequiredService<IComplaintWorkflow>();
        var received = await workflow.ReceiveAsync(
            NewComplaints.KettleByPhone(receivedAt, "The kettle's base sparks when it is switched on."),
            handler, CancellationToken.None);
        foreach (var move in new ComplaintCommand[] { new AcknowledgeCommand(Channel.Email), new AssessCommand(Priority.Critical, "Product quality") })
        {
            await workflow.ApplyAsync(received.Reference, handler, null, move, CancellationToken.None);
        }

        return received.Reference;
    }
}
