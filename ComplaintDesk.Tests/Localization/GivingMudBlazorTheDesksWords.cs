using Bunit;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Localization;

/// <summary>MudBlazor's own words (here a close button's name) come from the desk's resources in Turkish, its own in English.</summary>
public sealed class GivingMudBlazorTheDesksWords : DeskComponentContext
{
    public GivingMudBlazorTheDesksWords() => Services.AddTransient<MudLocalizer, DeskMudLocalizer>();

    [Theory]
    [InlineData("tr-TR", "Kapat")]
    [InlineData("en", "Close")]
    public void A_MudBlazor_control_speaks_the_persons_language(string culture, string close)
    {
        using var language = new TestCulture(culture);

        var alert = Render<MudAlert>(p => p.Add(a => a.ShowCloseIcon, true).AddChildContent("Saved"));

        Assert.Equal(close, alert.Find("button").GetAttribute("aria-label"));
    }
}
