using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>The desk's look: system fonts (nothing is fetched from outside) and a calm blue.</summary>
public static class DeskTheme
{
    private static readonly string[] _fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Light { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5fa8", AppbarBackground = "#1f5fa8" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = _fonts } },
    };
}
