using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>A toast that says what happened and opens the page about it, shown long enough to read and click.</summary>
public static class OpeningToast
{
    private const int ShownFor = 12_000;

    public static void Show(
        this ISnackbar snackbar, string message, Severity severity, string address, NavigationManager navigation, IStringLocalizer<DeskText> text, string key)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        snackbar.Add(message, severity, options =>
        {
            options.Action = text["Toast.Open"];
            options.ActionColor = Color.Inherit;
            options.VisibleStateDuration = ShownFor;
            options.OnClick = _ =>
            {
                navigation.NavigateTo(address);
                return Task.CompletedTask;
            };
        }, key: key);
    }
}
