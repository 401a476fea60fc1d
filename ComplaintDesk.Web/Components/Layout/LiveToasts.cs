using ComplaintDesk.Web.Localization;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// A live component that toasts what it hears: each toast says what happened and opens the page about it, shown long
/// enough to read and click.
/// </summary>
public abstract class LiveToasts : LiveComponent
{
    private const int ShownFor = 12_000;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<DeskText> Text { get; private set; } = default!;

    /// <param name="key">One toast per key: the same news heard twice shows once.</param>
    protected void Toast(string message, Severity severity, string address, string key) =>
        Snackbar.Add(message, severity, options =>
        {
            options.Action = Text["Toast.Open"];
            options.ActionColor = Color.Inherit;
            options.VisibleStateDuration = ShownFor;
            options.OnClick = _ =>
            {
                Navigation.NavigateTo(address);
                return Task.CompletedTask;
            };
        }, key: key);

    /// <summary>The address of a complaint's page, which a toast about it opens.</summary>
    protected static string ComplaintAddress(string reference) => $"/complaints/{Uri.EscapeDataString(reference)}";
}
