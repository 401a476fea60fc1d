using Bunit;
using ComplaintDesk.Web.Features.Alerts;

namespace ComplaintDesk.Tests.Components;

/// <summary>The alerts centre asks the browser for desktop notifications only when the person clicks for it.</summary>
public sealed class TurningOnDesktopNotifications : DeskComponentContext
{
    private readonly BunitJSModuleInterop _alarm;

    public TurningOnDesktopNotifications()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _alarm = JSInterop.SetupModule("./js/desk-alarm.js");
    }

    [Fact]
    public void Not_asked_yet_offers_a_button_that_asks_on_the_click()
    {
        _alarm.Setup<string>("permission").SetResult("default");
        var ask = _alarm.Setup<string>("askPermission");
        var button = Render<DesktopNotificationsButton>();
        Assert.Empty(ask.Invocations);

        button.Find("#turn-on-notifications").Click();
        ask.SetResult("granted");

        button.WaitForAssertion(() => Assert.NotNull(button.Find("#notifications-on")));
        Assert.Single(ask.Invocations);
        Assert.Empty(button.FindAll("#turn-on-notifications"));
    }

    [Theory]
    [InlineData("granted", "#notifications-on")]
    [InlineData("denied", "#notifications-blocked")]
    public void Once_decided_says_how_it_stands_without_asking(string permission, string shown)
    {
        _alarm.Setup<string>("permission").SetResult(permission);

        var button = Render<DesktopNotificationsButton>();

        button.WaitForAssertion(() => Assert.NotNull(button.Find(shown)));
        Assert.Empty(button.FindAll("#turn-on-notifications"));
    }

    [Fact]
    public void A_browser_without_notifications_shows_nothing()
    {
        _alarm.Setup<string>("permission").SetResult("unsupported");

        var button = Render<DesktopNotificationsButton>();

        Assert.Equal("", button.Markup.Trim());
    }
}
