using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Staff;
using ComplaintDesk.Tests.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class ReadingAPausedBreachedClockAlike(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task A_clock_that_breached_and_was_paused_reads_the_same_on_the_queue_and_the_complaint_page()
    {
        var reference = await BreachThenPauseAsync();
        var page = await desk.SignInAsync("handler@demo.local");

        // Taken by the handler when acknowledged, it is among their own complaints, where the queue opens; once live,
        // the queue has read again what it shows and stays still.
        await DeskBrowser.WaitUntilLiveAsync(page);
        var onQueue = page.Locator("tr", new() { Has = page.Locator($"a[href='/complaints/{reference}']") }).Locator(".desk-clock");
        await Assertions.Expect(onQueue.Locator(".desk-clock__state")).ToHaveTextAsync("Breached · paused");
        var queueFigure = await onQueue.Locator(".desk-clock__figure").InnerTextAsync();
        await DeskBrowser.ScreenshotAsync(page, "clock-breached-paused-queue");
        await onQueue.ScreenshotAsync(new() { Path = Path.Combine(DeskBrowser.ScreenshotFolder, "clock-breached-paused-queue-chip.png") });

        await page.GotoAsync($"/complaints/{reference}");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        var onPage = page.Locator("[data-clock='Respond'] .desk-clock");
        await Assertions.Expect(onPage.Locator(".desk-clock__state")).ToHaveTextAsync("Breached · paused");
        await Assertions.Expect(onPage.Locator(".desk-clock__figure")).ToHaveTextAsync(queueFigure);
        Assert.EndsWith(" overdue", queueFigure, StringComparison.Ordinal);
        await DeskBrowser.ScreenshotAsync(page, "clock-breached-paused-complaint");

        // The same words in the dark theme, where the colours must still read.
        var handler = await desk.ActorAsync("handler@demo.local", DeskRole.Handler);
        await desk.App.Services.GetRequiredService<StaffPreferences>().SetDarkModeAsync(handler.UserId, true, CancellationToken.None);
        await page.ReloadAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(onPage.Locator(".desk-clock__figure")).ToHaveTextAsync(queueFigure);
        await page.Locator("#complaint-clocks").ScreenshotAsync(new() { Path = Path.Combine(DeskBrowser.ScreenshotFolder, "clock-breached-paused-dark.png") });
    }

    /// <summary>Received two weeks ago and assessed High: its respond clock breached long before it now awaits the complainant.</summary>
    private async Task<string> BreachThenPauseAsync()
    {
        var handler = await desk.ActorAsync("handler@demo.local", DeskRole.Handler);
        var workflow = desk.App.Services.GetRequiredService<IComplaintWorkflow>();
        var receivedAt = desk.App.Time.GetUtcNow().AddDays(-14);
        var received = await workflow.ReceiveAsync(
            NewComplaints.KettleByPhone(receivedAt),
            handler, CancellationToken.None);
        var reference = received.Reference;
        foreach (var move in new ComplaintCommand[]
        {
            new AcknowledgeCommand(Channel.Email), new AssessCommand(Priority.High, "Product quality"), new InvestigateCommand(),
            new AwaitComplainantCommand("When did it start leaking?"),
        })
        {
            await workflow.ApplyAsync(reference, handler, null, move, CancellationToken.None);
        }

        return reference;
    }
}
