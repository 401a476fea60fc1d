using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Localization;

/// <summary>An administrator types hours and times the way their language writes them: "1,5" in Turkish, "1.5" in English.</summary>
public sealed class TypingSlaSettingsInThePersonsLanguage : DeskPageContext
{
    private readonly RecordingSlaSettingsEditor _editor = new();

    public TypingSlaSettingsInThePersonsLanguage()
    {
        Services.AddSingleton<ISlaSettingsEditor>(_editor);
        SignInAs(DeskPerson.Administrator);
    }

    [Theory]
    [InlineData("tr-TR", "1,5", "0,6")]
    [InlineData("en", "1.5", "0.6")]
    public async Task Decimals_are_read_in_the_persons_culture(string culture, string hours, string share)
    {
        using var language = new TestCulture(culture);
        var page = RenderPage<SlaSettingsPage>();

        page.Find("tr[data-priority='Critical'] input").Change(hours);
        page.FindComponents<MudBlazor.MudNumericField<double>>()[^1].Find("input").Change(share);
        await page.Find("#save-settings").ClickAsync(new());

        var (_, sla, _) = Assert.Single(_editor.Saved);
        Assert.Equal(TimeSpan.FromHours(1.5), sla.Policies[Priority.Critical].Acknowledge);
        Assert.Equal(0.6, sla.WarningShare, 3);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("en")]
    public async Task An_opening_time_is_typed_on_the_twenty_four_hour_clock(string culture)
    {
        using var language = new TestCulture(culture);
        var page = RenderPage<SlaSettingsPage>();

        page.FindComponents<MudBlazor.MudTimePicker>()[0].Find("input").Change("09:30");
        await page.Find("#save-settings").ClickAsync(new());

        Assert.Equal(new TimeOnly(9, 30), Assert.Single(_editor.Saved).Calendar.Start);
    }
}
