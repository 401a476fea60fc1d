using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme provider, drawing from one shared copy of its styles. MudBlazor writes the theme's CSS variables
/// (about 25 KB of text) afresh at every render, and a circuit keeps each component's last two renders: some 50 KB
/// of every open desk's memory for text that is the same on every desk. The chart hover rule MudBlazor draws here
/// lives in the desk's stylesheet.
/// </summary>
public sealed class DeskThemeProvider : MudThemeProvider
{
    private static readonly string _scrollbar = BuildMudBlazorScrollbar();

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        if (!DefaultScrollbar)
        {
            __builder.AddMarkupContent(0, _scrollbar);
        }

        // The desk has one theme in two modes, so two texts: interning keeps one copy of each for every circuit.
        __builder.AddMarkupContent(1, string.Intern(BuildTheme()));
    }
}
