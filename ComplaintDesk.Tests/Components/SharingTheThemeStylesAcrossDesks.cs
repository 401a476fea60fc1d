using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Bunit;
using ComplaintDesk.Web.Components.Layout;
using Microsoft.AspNetCore.Components.RenderTree;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The theme's styles are the same text on every desk: every open desk holds the one copy of them, not its own.
/// </summary>
public sealed class SharingTheThemeStylesAcrossDesks : DeskComponentContext
{
    private const string ThemeStyle = "<style class='mud-theme-provider'>";

    [Theory]
    [InlineData(false, "--mud-palette-primary: rgba(31,95,168,1);")]
    [InlineData(true, "--mud-palette-primary: rgba(111,168,239,1);")]
    public void Two_desks_draw_MudBlazors_theme_from_one_copy(bool dark, string primary)
    {
        var desk = Draw<DeskThemeProvider>(dark);
        var otherDesk = Draw<DeskThemeProvider>(dark);

        var mudBlazors = Draw<MudThemeProvider>(dark).Markup;
        var theme = mudBlazors[mudBlazors.IndexOf(ThemeStyle, StringComparison.Ordinal)..];
        Assert.EndsWith(theme, desk.Markup, StringComparison.Ordinal);
        Assert.Contains(primary, theme, StringComparison.Ordinal);
        Assert.Contains("::-webkit-scrollbar", desk.Markup, StringComparison.Ordinal);

        var texts = TextsOf(desk);
        Assert.Equal(2, texts.Count);
        Assert.All(texts.Zip(TextsOf(otherDesk)), pair => Assert.Same(pair.First, pair.Second));
    }

    private IRenderedComponent<TProvider> Draw<TProvider>(bool dark)
        where TProvider : MudThemeProvider =>
        Render<TProvider>(p => p.Add(t => t.Theme, DeskTheme.Theme).Add(t => t.IsDarkMode, dark));

    /// <summary>The texts the renderer keeps for a component, the very objects a circuit holds.</summary>
    [SuppressMessage("Usage", "BL0006", Justification = "Which copy of a text a circuit holds shows only in its render tree.")]
    private List<string> TextsOf(IRenderedComponent<DeskThemeProvider> provider)
    {
        var read = typeof(Renderer).GetMethod("GetCurrentRenderTreeFrames", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var frames = (ArrayRange<RenderTreeFrame>)read.Invoke(Renderer, [provider.ComponentId])!;
        return [.. frames.Array.Take(frames.Count).Select(frame => frame.MarkupContent)];
    }
}
