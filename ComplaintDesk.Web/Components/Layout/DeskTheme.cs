using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// The desk's look: system fonts (nothing is fetched from outside), a calm blue, light and dark. Every colour
/// that carries text meets WCAG AA (4.5:1) on the page, on cards and on its own tint; coloured fills carry
/// white text in the light theme and near-black text in the dark one, where the colours are light.
/// </summary>
public static class DeskTheme
{
    private const string DarkInk = "#14161a";
    private static readonly string[] _fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            Secondary = "#a84e00",
            Info = "#0a6bb3",
            Success = "#1b7a3a",
            Warning = "#a14d00",
            Error = "#c62828",
            AppbarBackground = "#1f5fa8",
            Background = "#f5f7fa",
            TextSecondary = "#5a606b",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fa8ef",
            PrimaryContrastText = DarkInk,
            Secondary = "#f0a35c",
            SecondaryContrastText = DarkInk,
            Info = "#6cb8f6",
            InfoContrastText = DarkInk,
            Success = "#6fc074",
            SuccessContrastText = DarkInk,
            Warning = "#ffb74d",
            WarningContrastText = DarkInk,
            Error = "#ff8a80",
            ErrorContrastText = DarkInk,
            Dark = "#c5cad3",
            DarkContrastText = DarkInk,
            AppbarBackground = "#16243a",
            Background = "#1b1d22",
            Surface = "#24272e",
            DrawerBackground = "#202329",
            TextPrimary = "rgba(255,255,255,0.87)",
            TextSecondary = "rgba(255,255,255,0.70)",
            ActionDefault = "rgba(255,255,255,0.80)",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = _fonts } },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
