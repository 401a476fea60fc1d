using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Tests.Integration;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

public sealed class IssuingAnApiKeyInTheBrowser(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task An_administrator_issues_a_key_a_website_registers_a_complaint_with_and_revokes_it()
    {
        var handler = await desk.ActorAsync("handler@demo.local", DeskRole.Handler);
        var admin = await desk.SignInAsync("admin@demo.local");
        await admin.GotoAsync($"/admin/people/{handler.UserId}");
        await DeskBrowser.WaitUntilInteractiveAsync(admin);
        await Assertions.Expect(admin.Locator("#no-api-keys")).ToBeVisibleAsync();

        var findings = new AxeFindings();
        await admin.ClickAsync("#issue-api-key");
        await admin.FillAsync("#api-key-name", "Website form");
        await findings.CheckAsync(admin, "the new key dialog");
        await admin.ClickAsync("#api-key-create");
        var secret = await admin.Locator("#api-key-secret").InputValueAsync();
        await DeskBrowser.ScreenshotAsync(admin, "api-key-issued");
        await findings.CheckAsync(admin, "the issued key's secret");
        await admin.ClickAsync("#api-key-done");
        await Assertions.Expect(admin.Locator("[data-api-key='Website form']")).ToHaveAttributeAsync("data-state", "Active");
        Assert.DoesNotContain(secret, await admin.ContentAsync(), StringComparison.Ordinal);

        using var website = new HttpClient { BaseAddress = new Uri(desk.BaseUrl) };
        website.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var registered = await website.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody());
        var listing = await website.GetAsync("/api/v1/complaints");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden), (registered.StatusCode, listing.StatusCode));

        await admin.ReloadAsync();
        await DeskBrowser.WaitUntilInteractiveAsync(admin);
        await Assertions.Expect(admin.Locator("[data-api-key='Website form'] [data-last-used] time")).ToHaveCountAsync(1);
        await findings.CheckAsync(admin, "the person's keys");
        await admin.ClickAsync("[data-revoke='Website form']");
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-api-key='Website form']")).ToHaveAttributeAsync("data-state", "Revoked");
        await DeskBrowser.ScreenshotAsync(admin, "api-keys-of-a-person");
        Assert.False(findings.Any, findings.ToString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await website.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody())).StatusCode);
    }
}
