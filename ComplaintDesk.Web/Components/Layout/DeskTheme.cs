using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>The desk's look: system fonts (nothing is fetched from outside), a calm blue, light and dark.</summary>
public static class DeskTheme
{
    private static readonly string[] _fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            Secondary = "#e0822a",
            AppbarBackground = "#1f5fa8",
            Background = "#f5f7fa",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fa8ef",
            Secondary = "#f0a35c",
            AppbarBackground = "#16243a",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = _fonts } },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
