using System.Globalization;
using ClosedXML.Excel;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// A quality manager's month, from the monitoring figures to the workbook, at whatever instant the desk's clock stands:
/// each class that runs it chooses the instant through its fixture.
/// </summary>
public abstract class BuildingThisMonthsWorkbook(DeskBrowser desk)
{
    private const string QualityManager = "quality@demo.local";

    protected DeskBrowser Desk { get; } = desk;

    // Every status the month's row shows, in order, however briefly: a fast build may be over before Playwright looks.
    private const string RecordStatuses = """
        month => {
            window.deskStatuses = [];
            const seen = () => {
                const status = document.querySelector(`tr[data-month='${month}']`)?.dataset.status;
                if (status && window.deskStatuses.at(-1) !== status) window.deskStatuses.push(status);
            };
            new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-status"] });
            seen();
        }
        """;

    [Fact]
    public async Task A_quality_manager_builds_this_month_and_its_workbook_counts_what_monitoring_shows()
    {
        var month = ThisMonth();
        // The demo complaints are hours to weeks old: in a month's first hours none is the month's, so one arrives now.
        await (await DeskApi.SignInAsync(Desk.App, "handler@demo.local")).ReceiveAsync();
        var page = await Desk.SignInAsync(QualityManager);

        var received = await ReceivedOnMonitoringAsync(page);
        Assert.True(received > 0, "The complaint received now is this month's.");
        // The running-total line is drawn over the bars once they are laid out.
        await Assertions.Expect(page.Locator("#chart-pareto")).ToContainTextAsync("Cumulative share");
        await DeskBrowser.ScreenshotAsync(page, "monitoring-quality-manager");
        await page.Locator("[data-kpi='received'] [data-drill='Received']").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog tr[data-reference] a[href^='/complaints/CMP-']")).ToHaveCountAsync(Math.Min(received, 500));
        await DeskBrowser.ScreenshotAsync(page, "monitoring-drill-quality-manager");
        await page.Locator("#drill-close").ClickAsync();

        await page.GotoAsync("/reports");
        await DeskBrowser.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.Locator("#reports")).ToHaveAttributeAsync("data-loaded", "true");
        await page.EvaluateAsync(RecordStatuses, month);
        await page.Locator("#build-month").FillAsync(month);
        await page.Locator("#build-now").ClickAsync();

        var row = page.Locator($"tr[data-month='{month}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Ready");
        Assert.Equal(["Building", "Ready"], await page.EvaluateAsync<string[]>("() => window.deskStatuses"));
        await Assertions.Expect(row.Locator("[data-complaints]")).ToHaveTextAsync($"{received}");
        await Assertions.Expect(row.Locator("[data-by]")).ToHaveTextAsync("Can Öztürk");
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "is ready" })).ToBeVisibleAsync();
        await DeskBrowser.ScreenshotAsync(page, "reports-quality-manager");

        var download = await page.RunAndWaitForDownloadAsync(() => row.Locator($"[data-download='{month}']").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"complaintdesk-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);

        Assert.Equal($"complaints-{month}.xlsx", download.SuggestedFilename);
        var (sheets, workbookReceived) = ReadWorkbook(path);
        File.Delete(path);
        Assert.Equal(["Summary", "By category", "By channel", "By priority", "By handler", "Breaches", "Escalations", "Complaints"], sheets);
        Assert.Equal(received, workbookReceived);
    }

    private static async Task<int> ReceivedOnMonitoringAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("a[href='/monitoring']")).ToHaveCountAsync(1);
        await page.GotoAsync("/monitoring");
        await Assertions.Expect(page.Locator("#monitoring")).ToHaveAttributeAsync("data-loaded", "true");
        var text = await page.Locator("[data-kpi='received'] .desk-kpi-figure").InnerTextAsync();
        return int.Parse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private static (string[] Sheets, int Received) ReadWorkbook(string path)
    {
        using var workbook = new XLWorkbook(path);
        var summary = workbook.Worksheet("Summary").RowsUsed().ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2));
        return ([.. workbook.Worksheets.Select(sheet => sheet.Name)], summary["Received"].GetValue<int>());
    }

    /// <summary>The month the desk is in on the app's clock, as the Reports page names it.</summary>
    private string ThisMonth()
    {
        var zone = Desk.App.Services.GetRequiredService<DeskTimeZone>().Zone;
        return TimeZoneInfo.ConvertTime(Desk.App.Time.GetUtcNow(), zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
