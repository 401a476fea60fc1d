using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// The app on real Kestrel and Debian's Chromium driven by Playwright; one per test class. The desk's clock starts at a
/// chosen instant, never the real one, so a test reads the same on any day at any hour.
/// </summary>
public class DeskBrowser : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>A Monday at noon in Istanbul, mid-month: the desk's working hours are on and the month has weeks behind it.</summary>
    public static readonly DateTimeOffset OrdinaryMonday = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(3));

    private readonly DeskApiFactory _app;
    private readonly DateTimeOffset _startsAt;
    private readonly int _port;
    private IPlaywright? _playwright;

    public DeskBrowser()
        : this(OrdinaryMonday)
    {
    }

    protected DeskBrowser(DateTimeOffset startsAt)
        : this(startsAt, new DeskApiFactory(), port: 0)
    {
    }

    /// <summary>The desk <paramref name="app"/> on <paramref name="port"/> (0: any free port).</summary>
    protected DeskBrowser(DateTimeOffset startsAt, DeskApiFactory app, int port) => (_startsAt, _app, _port) = (startsAt, app, port);

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public DeskApiFactory App => _app;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _app.Time.SetUtcNow(_startsAt);
        _app.UseKestrel(_port);
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Two cores run the app, the browser and other tests at once: give each expectation room.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await DeskChromium.LaunchAsync(_playwright);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>
    /// A fresh browser context (its own cookies) on the app. The browser ticks countdowns on its own clock, so that clock
    /// starts where the desk's stands and runs on from there, as a person's would.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = viewport });
        await context.Clock.InstallAsync(new ClockInstallOptions { TimeDate = _app.Time.GetUtcNow().UtcDateTime });
        return context;
    }

    /// <summary>A fresh browser context signed in as <paramref name="email"/>, on the queue.</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var context = await NewContextAsync(new ViewportSize { Width = 1440, Height = 900 });
        return await SignInAsync(context, email);
    }

    /// <summary>A new page of <paramref name="context"/>, signed in as <paramref name="email"/>, on the queue.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", DeskApi.Password);
        await page.ClickAsync("button[type=submit]");
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>Switches the queue to a view and waits until its rows are on screen.</summary>
    public static async Task ShowScopeAsync(IPage page, string label, string scope)
    {
        await page.Locator("#queue-scopes").GetByText(label, new() { Exact = true }).ClickAsync();
        await page.Locator($"#queue[data-loaded-scope='{scope}']").WaitForAsync();
    }

    /// <summary>A demo person as Core sees them, for making changes the way the app's own services do.</summary>
    public async Task<Actor> ActorAsync(string email, DeskRole role)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"The demo user {email} is missing.");
        return new Actor(user.Id, email, new HashSet<DeskRole> { role });
    }

    public static async Task WaitUntilInteractiveAsync(IPage page) =>
        await page.Locator("#desk-interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Waits until the tab's hub connection is up and the page has read again what it shows: from then on it hears every change.</summary>
    public static async Task WaitUntilLiveAsync(IPage page) =>
        await page.Locator("html[data-desk-hub='live']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
