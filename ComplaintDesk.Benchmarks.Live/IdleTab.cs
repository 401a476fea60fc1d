using Microsoft.Playwright;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>One Chromium tab with its own cookies, signed in as a demo person and left idle on one page of the desk.</summary>
internal sealed class IdleTab(IBrowserContext context) : IAsyncDisposable
{
    public static async Task<IdleTab> OpenAsync(IBrowser browser, Uri server, string email, string path)
    {
        var context = await DeskTab.NewContextAsync(browser, server);
        try
        {
            var page = await context.NewPageAsync();
            await DeskTab.SignInAsync(page, email, path);
            await DeskTab.HubLiveAsync(page);
            return new IdleTab(context);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
