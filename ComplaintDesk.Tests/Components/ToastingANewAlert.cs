using Bunit;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>The layout toasts every alert the hub brings, whatever page is open, with a way to the complaint.</summary>
public sealed class ToastingANewAlert : DeskPageContext
{
    private static readonly AlertView Breach = new AlertRowBuilder(5, "CMP-2026-000005").AtLevel(1)
        .RaisedBy(AlertTrigger.Breach, ClockKind.Acknowledge).Build().Alert;

    public ToastingANewAlert() => SignInAs(DeskPerson.Supervisor);

    [Fact]
    public async Task A_raised_alert_toasts_its_level_reference_and_trigger()
    {
        var toasts = Render<AlertToasts>();

        await toasts.InvokeAsync(() => Events.OnAlertRaised(Breach));

        var shown = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Equal(("Level 1 alert on CMP-2026-000005: Deadline passed", Severity.Error), (shown.Message, shown.Severity));
    }

    [Fact]
    public async Task A_reminder_says_the_alert_is_still_open()
    {
        var toasts = Render<AlertToasts>();

        await toasts.InvokeAsync(() => Events.OnAlertReminder(Breach with { Level = 0, Trigger = AlertTrigger.Warning }));

        var shown = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Equal(("Still open — Level 0 alert on CMP-2026-000005: Clock warning", Severity.Warning), (shown.Message, shown.Severity));
    }

    [Fact]
    public async Task The_toasts_action_opens_the_complaint()
    {
        var snackbars = Render<MudSnackbarProvider>();
        var toasts = Render<AlertToasts>();

        await toasts.InvokeAsync(() => Events.OnAlertRaised(Breach));
        snackbars.WaitForElement(".mud-snackbar-action-button").Click();

        Assert.EndsWith("/complaints/CMP-2026-000005", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }
}
