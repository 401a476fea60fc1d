using ComplaintDesk.Tests.Integration;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>The desk, its API reference and its jobs dashboard run in Chromium with nothing refused by the policy.</summary>
public sealed class WorkingUnderTheContentSecurityPolicy(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task The_queue_and_a_complaint_page_work_live_with_no_policy_violation()
    {
        var (page, violations) = await SignInListeningAsync("handler@demo.local");
        await DeskBrowser.WaitUntilLiveAsync(page);
        await DeskBrowser.ShowScopeAsync(page, "All open", "AllOpen");

        await page.Locator("a[href^='/complaints/CMP-']").First.ClickAsync();
        await Assertions.Expect(page.Locator("#complaint-reference")).ToBeVisibleAsync();
        await DeskBrowser.WaitUntilLiveAsync(page);

        Assert.Empty(violations);
        // The listener hears the policy at work: a script slipped into the page is refused and reported.
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.slipped = true'; document.body.append(s); }"),
            new PageRunAndWaitForConsoleMessageOptions { Predicate = message => message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) });
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.slipped ?? null"));
    }

    [Fact]
    public async Task The_api_reference_and_the_jobs_dashboard_show_with_no_policy_violation()
    {
        var (page, violations) = await SignInListeningAsync("admin@demo.local");

        // The reference opens at the sign-in operation: the groups before it in the document start folded.
        await page.GotoAsync("/api#tag/auth/POST/api/v1/auth/login");
        await Assertions.Expect(page.GetByText("Exchanges an e-mail and password for a bearer token.").First).ToBeVisibleAsync();
        await page.GotoAsync("/hangfire");
        await Assertions.Expect(page.GetByText("ComplaintDesk jobs").First).ToBeVisibleAsync();

        Assert.Empty(violations);
    }

    private async Task<(IPage Page, List<string> Violations)> SignInListeningAsync(string email)
    {
        var context = await desk.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", DeskApi.Password);
        await page.ClickAsync("button[type=submit]");
        await DeskBrowser.WaitUntilInteractiveAsync(page);
        return (page, violations);
    }
}
