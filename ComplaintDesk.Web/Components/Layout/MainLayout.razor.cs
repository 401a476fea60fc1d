using ComplaintDesk.Core.Staff;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ComplaintDesk.Web.Components.Layout;

public sealed partial class MainLayout
{
    private bool _darkMode;
    // Icons only until asked: the queue needs the width.
    private bool _drawerOpen;
    private ErrorBoundary? _errorBoundary;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private StaffPreferences Preferences { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (await CurrentUser.FindActorAsync() is { } actor)
        {
            _darkMode = await Preferences.PrefersDarkModeAsync(actor.UserId, CancellationToken.None);
        }
    }

    private async Task ToggleThemeAsync()
    {
        _darkMode = !_darkMode;
        var actor = await CurrentUser.GetActorAsync();
        await Preferences.SetDarkModeAsync(actor.UserId, _darkMode, CancellationToken.None);
    }
}
