using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.RealTime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>A queue open in a browser shows a change made elsewhere by patching its row; a change outside its view leaves it alone.</summary>
public sealed class SeeingChangesOnAnOpenQueuePage(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    private const string Handler = "handler@demo.local";
    private const string Colleague = "handler2@demo.local";

    [Fact]
    public async Task A_note_written_elsewhere_patches_the_row_on_a_second_browsers_queue_without_reading_the_page()
    {
        var page = await OpenMyComplaintsAsync();
        var row = page.Locator("#queue tbody tr[data-reference]").First;
        var (reference, version) = await ReadAsync(row);
        var loads = await page.Locator("#queue").GetAttributeAsync("data-loads");

        await NoteAsync(reference, Handler);

        await Assertions.Expect(page.Locator($"tr[data-reference='{reference}']")).ToHaveAttributeAsync("data-version", Text(version + 1));
        await Assertions.Expect(page.Locator("#queue")).ToHaveAttributeAsync("data-loads", loads!);
    }

    [Fact]
    public async Task A_change_outside_a_filtered_view_does_not_disturb_it()
    {
        var page = await OpenMyComplaintsAsync();
        var (mine, version) = await ReadAsync(page.Locator("#queue tbody tr[data-reference]").First);
        var loads = await page.Locator("#queue").GetAttributeAsync("data-loads");
        await page.EvaluateAsync("() => document.querySelector('#queue tbody tr').setAttribute('data-marker', 'untouched')");

        await NoteAsync(await ColleaguesComplaintAsync(), Colleague);
        // The hub delivers in order: once this later change shows, the colleague's has been heard.
        await NoteAsync(mine, Handler);

        await Assertions.Expect(page.Locator($"tr[data-reference='{mine}']")).ToHaveAttributeAsync("data-version", Text(version + 1));
        await Assertions.Expect(page.Locator("#queue")).ToHaveAttributeAsync("data-loads", loads!);
        await Assertions.Expect(page.Locator("tr[data-marker='untouched']")).ToHaveCountAsync(1);
    }

    private async Task<IPage> OpenMyComplaintsAsync()
    {
        var page = await desk.SignInAsync(Handler);
        await page.Locator("#queue[data-loaded-scope='Mine']").WaitForAsync();
        await DeskBrowser.WaitUntilLiveAsync(page);
        return page;
    }

    private static async Task<(string Reference, int Version)> ReadAsync(ILocator row) =>
        ((await row.GetAttributeAsync("data-reference"))!, int.Parse((await row.GetAttributeAsync("data-version"))!, CultureInfo.InvariantCulture));

    private async Task<string> ColleaguesComplaintAsync()
    {
        var colleague = await desk.ActorAsync(Colleague, DeskRole.Handler);
        var theirs = await desk.App.Services.GetRequiredService<IComplaintQueries>().ListAsync(
            QueueSearch.For(QueueScope.Mine, null, null, 1, 1, null), colleague, CancellationToken.None);
        return theirs.Items[0].Reference;
    }

    private async Task NoteAsync(string reference, string email)
    {
        var actor = await desk.ActorAsync(email, DeskRole.Handler);
        await desk.App.Services.GetRequiredService<IComplaintWorkflow>()
            .ApplyAsync(reference, actor, null, new NoteCommand("Called the complainant back."), CancellationToken.None);
        // The app's clock stands still in tests, and a screen spaces its refreshes on that clock.
        desk.App.Time.Advance(LiveComponent.RefreshSpacing);
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
