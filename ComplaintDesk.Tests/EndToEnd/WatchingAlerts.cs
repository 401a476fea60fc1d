using System.Text.Json;
using System.Text.RegularExpressions;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Tests.Core;
using ComplaintDesk.Web.RealTime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class WatchingAlerts(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private const string Supervisor = "supervisor@demo.local";
    private const string Reason = "The customer has written to the chief executive. <b>Twice</b>.";

    // Headless Chromium can neither sound nor show a desktop notification; these stand-ins record what the page asked for.
    private const string RecordAlarms = """
        window.deskAlarms = { sounds: [], notifications: [] };
        HTMLMediaElement.prototype.play = function () { window.deskAlarms.sounds.push(this.src); return Promise.resolve(); };
        window.Notification = class {
            static permission = sessionStorage.getItem("notification-permission") ?? "default";
            static requestPermission() { sessionStorage.setItem("notification-permission", "granted"); this.permission = "granted"; return Promise.resolve("granted"); }
            constructor(title, options) { window.deskAlarms.notifications.push({ title, body: options.body, tag: options.tag }); }
            close() { }
        };
        """;

    [Fact]
    public async Task Two_supervisors_see_a_hand_escalation_arrive_and_one_acknowledging_it_clears_it_for_the_other()
    {
        var open = await SettledOpenCountAsync();
        var first = await OpenAlertsAsync();
        var second = await OpenAlertsAsync();
        await first.Locator("#turn-on-notifications").ClickAsync();
        await Assertions.Expect(first.Locator("#notifications-on")).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("#turn-on-notifications")).ToBeVisibleAsync();

        var reference = await EscalateNewComplaintAsync();

        foreach (var page in new[] { first, second })
        {
            var group = Group(page, reference);
            await Assertions.Expect(group).ToBeVisibleAsync();
            await Assertions.Expect(group.Locator("[data-level]")).ToHaveTextAsync("Level 1");
            await Assertions.Expect(group.Locator("[data-kinds]")).ToHaveTextAsync("Escalated by hand");
            await Assertions.Expect(group.Locator("[data-age]")).ToHaveTextAsync("Oldest open alert raised just now");
            await ExpectBadgeAsync(page, open + 1);
            await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = $"Level 1 alert on {reference}: Escalated by hand" })).ToBeVisibleAsync();
        }

        await Group(first, reference).Locator("[data-expand]").ClickAsync();
        await Assertions.Expect(Group(first, reference).Locator("[data-trigger]")).ToHaveTextAsync("Escalated by hand");
        await Assertions.Expect(Group(first, reference).Locator("[data-reason]")).ToHaveTextAsync($"“{Reason}”");
        await Assertions.Expect(Group(first, reference).Locator("[data-reassign]")).ToHaveTextAsync("Reassign");
        var alarms = await first.EvaluateAsync<JsonElement>("() => window.deskAlarms");
        Assert.EndsWith("/sounds/alert.wav", alarms.GetProperty("sounds")[0].GetString(), StringComparison.Ordinal);
        var notification = Assert.Single(alarms.GetProperty("notifications").EnumerateArray());
        Assert.Equal($"Level 1 alert on {reference}", notification.GetProperty("title").GetString());
        Assert.Equal($"Escalated by hand · {Reason}", notification.GetProperty("body").GetString());
        Assert.Empty((await second.EvaluateAsync<JsonElement>("() => window.deskAlarms")).GetProperty("notifications").EnumerateArray());
        await DeskBrowser.ScreenshotAsync(first, "alerts-supervisor");
        await first.Locator(".mud-appbar").ScreenshotAsync(new() { Path = Path.Combine(DeskBrowser.ScreenshotFolder, "alerts-app-bar.png") });

        await Group(first, reference).Locator("[data-acknowledge-group]").ClickAsync();

        await Assertions.Expect(Group(second, reference)).ToHaveCountAsync(0);
        await Assertions.Expect(Group(first, reference)).ToHaveCountAsync(0);
        await ExpectBadgeAsync(second, open);
        await second.Locator("#show-acknowledged").CheckAsync();
        await Assertions.Expect(Group(second, reference)).ToHaveAttributeAsync("data-state", "acknowledged");
        await Group(second, reference).Locator("[data-expand]").ClickAsync();
        await Assertions.Expect(Group(second, reference).Locator("[data-acknowledged]")).ToContainTextAsync("Zeynep Kaya");
        await DeskBrowser.ScreenshotAsync(second, "alerts-acknowledged");
    }

    [Fact]
    public async Task A_page_that_missed_an_alert_while_its_hub_connection_was_down_catches_up_once_it_is_back()
    {
        var deaf = false;
        var lastForwarded = TimeProvider.System.GetTimestamp();
        var missed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IWebSocketRoute? browserSide = null;
        var page = await desk.SignInAsync(Supervisor);
        // Stands between the tab and the hub; while deaf, what the hub sends never reaches the tab, as on a dropped line.
        await page.RouteWebSocketAsync(new Regex("/hubs/desk"), route =>
        {
            browserSide = route;
            route.ConnectToServer().OnMessage(frame =>
            {
                if (!deaf)
                {
                    route.Send(frame.Text!);
                    Volatile.Write(ref lastForwarded, TimeProvider.System.GetTimestamp());
                }
                else if (frame.Text!.Contains("\"AlertRaised\"", StringComparison.Ordinal))
                {
                    missed.TrySetResult();
                }
            });
        });
        var open = await SettledOpenCountAsync();
        await page.GotoAsync("/alerts");
        await DeskBrowser.WaitUntilLiveAsync(page);
        var heard = await EscalateNewComplaintAsync();
        await page.Locator("#alerts-kind").SelectOptionAsync(nameof(AlertTrigger.Manual));
        await Assertions.Expect(Group(page, heard)).ToBeVisibleAsync();
        // The filter reads the list at once; the badge counts again on its own refresh, which must land before the line drops.
        await ExpectBadgeAsync(page, open + 1);
        // A refresh for a message heard just before the line drops could read the next alert too: let the page go
        // quiet first (a screen refreshes at most RefreshSpacing after the last message it heard).
        while (TimeProvider.System.GetElapsedTime(Volatile.Read(ref lastForwarded)) < LiveComponent.RefreshSpacing * 6)
        {
            await Task.Delay(LiveComponent.RefreshSpacing);
        }

        deaf = true;
        var unheard = await EscalateNewComplaintAsync();
        await missed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await ExpectBadgeAsync(page, open + 1);
        await Assertions.Expect(Group(page, unheard)).ToHaveCountAsync(0);
        deaf = false;
        await browserSide!.CloseAsync(new() { Code = 4000, Reason = "The test drops the line." });

        await Assertions.Expect(Group(page, unheard)).ToBeVisibleAsync();
        await ExpectBadgeAsync(page, open + 2);
    }

    [Fact]
    public async Task The_alert_sound_is_served_by_the_app()
    {
        var page = await desk.SignInAsync(Supervisor);

        var sound = await page.APIRequest.GetAsync("/sounds/alert.wav");

        Assert.Equal(200, sound.Status);
        Assert.Equal("audio/wav", sound.Headers["content-type"]);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(await sound.BodyAsync(), 0, 4));
    }

    // Demo data fills more than a page; hand escalations are few, and the test's own are among them.
    private static ILocator Group(IPage page, string reference) => page.Locator($"tbody[data-group='{reference}']");

    private static Task ExpectBadgeAsync(IPage page, int count) => count == 0
        ? Assertions.Expect(page.Locator("#alerts-badge")).ToHaveCountAsync(0)
        : Assertions.Expect(page.Locator("#alerts-badge")).ToHaveAttributeAsync("data-count", $"{count}");

    private async Task<IPage> OpenAlertsAsync()
    {
        var page = await desk.SignInAsync(Supervisor);
        await page.Context.AddInitScriptAsync(RecordAlarms);
        await page.GotoAsync("/alerts");
        await DeskBrowser.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.Locator("#alerts")).ToHaveAttributeAsync("data-loaded", "true");
        await page.Locator("#alerts-kind").SelectOptionAsync(nameof(AlertTrigger.Manual));
        return page;
    }

    // The app's clock stands still in this test, so once the sweep has raised what the demo data
    // calls for, no alert comes but the one the test causes. Sweeping here waits for that.
    private async Task<int> SettledOpenCountAsync()
    {
        await desk.App.Services.GetRequiredService<EscalationChecks>().SweepAsync(CancellationToken.None);
        var supervisor = await desk.ActorAsync(Supervisor, DeskRole.Supervisor);
        return await desk.App.Services.GetRequiredService<IAlertDesk>().CountOpenAsync(supervisor, CancellationToken.None);
    }

    /// <summary>A handler registers a complaint and escalates it by hand: the real path to a level-1 alert for supervisors.</summary>
    private async Task<string> EscalateNewComplaintAsync()
    {
        var handler = await desk.ActorAsync("handler@demo.local", DeskRole.Handler);
        var workflow = desk.App.Services.GetRequiredService<IComplaintWorkflow>();
        var received = await workflow.ReceiveAsync(
            NewComplaints.KettleByPhone(),
            handler, CancellationToken.None);
        await workflow.ApplyAsync(received.Reference, handler, null, new EscalateCommand(Reason), CancellationToken.None);
        return received.Reference;
    }
}
