using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Tests.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>A supervisor's alerts centre groups alerts by complaint, most urgent first, and acknowledges a selection at once.</summary>
public sealed class TriagingAlertsInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task Alerts_are_grouped_by_complaint_most_urgent_first_and_acknowledged_together()
    {
        await desk.App.Services.GetRequiredService<EscalationChecks>().SweepAsync(CancellationToken.None);
        var once = await EscalateNewComplaintAsync(times: 1);
        var twice = await EscalateNewComplaintAsync(times: 2);
        var page = await desk.SignInAsync("supervisor@demo.local");
        await page.GotoAsync("/alerts");
        await DeskBrowser.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.Locator("#alerts-summary")).ToContainTextAsync("at level");
        await DeskBrowser.ScreenshotAsync(page, "alerts-triage-first-look");

        await page.Locator("#alerts-kind").SelectOptionAsync(nameof(AlertTrigger.Manual));

        await Assertions.Expect(Group(page, twice).Locator("[data-expand]")).ToContainTextAsync("2 alerts");
        await Assertions.Expect(Group(page, twice).Locator("[data-level]")).ToHaveTextAsync("Level 2");
        await Assertions.Expect(Group(page, once).Locator("[data-level]")).ToHaveTextAsync("Level 1");
        var order = await page.Locator("tbody[data-group]").EvaluateAllAsync<string[]>("groups => groups.map(g => g.dataset.group)");
        Assert.True(Array.IndexOf(order, twice) < Array.IndexOf(order, once), $"{twice} (level 2) should come before {once}: {string.Join(", ", order)}");
        await Group(page, twice).Locator("[data-expand]").ClickAsync();
        await Assertions.Expect(Group(page, twice).Locator("tr[data-alert-id]")).ToHaveCountAsync(2);

        await page.Locator($"#select-{twice}").CheckAsync();
        await page.Locator($"#select-{once}").CheckAsync();
        await Assertions.Expect(page.Locator("#acknowledge-selected")).ToHaveTextAsync("Acknowledge selected (3)");
        await DeskBrowser.ScreenshotAsync(page, "alerts-triage-selected");
        await page.Locator("#acknowledge-selected").ClickAsync();

        await Assertions.Expect(page.Locator("#acknowledge-results p")).ToHaveTextAsync("Acknowledged 3 of 3 selected alerts.");
        await Assertions.Expect(page.Locator("#acknowledge-results li[data-outcome='Acknowledged']")).ToHaveCountAsync(3);
        await Assertions.Expect(Group(page, twice)).ToHaveCountAsync(0);
        await Assertions.Expect(Group(page, once)).ToHaveCountAsync(0);
        await DeskBrowser.ScreenshotAsync(page, "alerts-triage-acknowledged");
    }

    private static ILocator Group(IPage page, string reference) => page.Locator($"tbody[data-group='{reference}']");

    /// <summary>A handler registers a complaint and escalates it; a supervisor escalates it further: level 1, then 2.</summary>
    private async Task<string> EscalateNewComplaintAsync(int times)
    {
        var handler = await desk.ActorAsync("handler@demo.local", DeskRole.Handler);
        var supervisor = await desk.ActorAsync("supervisor@demo.local", DeskRole.Supervisor);
        var workflow = desk.App.Services.GetRequiredService<IComplaintWorkflow>();
        var received = await workflow.ReceiveAsync(
            NewComplaints.KettleByPhone(),
            handler, CancellationToken.None);
        for (var level = 1; level <= times; level++)
        {
            await workflow.ApplyAsync(received.Reference, level == 1 ? handler : supervisor, null, new EscalateCommand($"Escalation {level}."), CancellationToken.None);
        }

        return received.Reference;
    }
}
