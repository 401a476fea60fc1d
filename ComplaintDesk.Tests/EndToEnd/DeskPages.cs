using System.Text.RegularExpressions;
using ComplaintDesk.Core.Common;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>Every page a role can open, with what shows that the page has finished loading.</summary>
public static class DeskPages
{
    private const string PasswordReady = "#change-password";

    public static async Task<IReadOnlyList<(string Name, string Path, string Ready)>> ForAsync(IPage page, DeskRole role, string userId)
    {
        var reference = await page.Locator("a[href^='/complaints/CMP-']").First.GetAttributeAsync("href");
        var pages = new List<(string, string, string)>
        {
            ("queue", "/", "a[href^='/complaints/CMP-']"),
            ("complaint", reference!, "#complaint-reference"),
            ("password", "/account/password", PasswordReady),
            ("not-found", "/no-such-page", "#not-found"),
        };
        if (role is DeskRole.Handler or DeskRole.Supervisor)
        {
            pages.Add(("new-complaint", "/complaints/new", "#register"));
        }

        if (role is not DeskRole.Administrator)
        {
            pages.Add(("alerts", "/alerts", "#alerts[data-loaded='true']"));
        }

        if (role is not DeskRole.Handler)
        {
            pages.Add(("monitoring", "/monitoring", "#monitoring[data-loaded='true']"));
            pages.Add(("reports", "/reports", "#reports[data-loaded='true']"));
        }

        if (role is DeskRole.QualityManager or DeskRole.Administrator)
        {
            pages.Add(("audit", "/audit", "#audit-access tbody tr"));
        }

        if (role is DeskRole.Administrator)
        {
            pages.Add(("sla-settings", "/settings/sla", "tr[data-priority='Critical']"));
            pages.Add(("people", "/admin/people", "[data-person]"));
            pages.Add(("person", $"/admin/people/{userId}", "#person-complaints"));
            pages.Add(("categories", "/admin/categories", "#categories"));
            pages.Add(("teams", "/admin/teams", "#new-team"));
            pages.Add(("templates", "/admin/templates", "tr[data-template]"));
        }

        return pages;
    }

    /// <summary>Waits for the page's own content, then for every loading bar to go.</summary>
    public static async Task WaitUntilShownAsync(IPage page, string ready)
    {
        await page.Locator(ready).First.WaitForAsync();
        // A prerendered page shows its content before the circuit takes over and renders the head again; every page but
        // the password page (plain server-rendered HTML) has a circuit to wait for.
        if (ready != PasswordReady)
        {
            await DeskBrowser.WaitUntilInteractiveAsync(page);
        }

        await Assertions.Expect(page.Locator(".mud-progress-linear, .mud-table-loading")).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(@"\S"));
    }
}
