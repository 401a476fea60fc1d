using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Components.Display;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Localization;

/// <summary>Statuses, priorities and instants are written the way the person's language writes them.</summary>
public sealed class ShowingWordsAndDatesInThePersonsLanguage : DeskComponentContext
{
    // 14:30 in Istanbul.
    private static readonly DateTimeOffset _instant = new(2026, 12, 5, 11, 30, 0, TimeSpan.Zero);

    public ShowingWordsAndDatesInThePersonsLanguage() =>
        Services.AddSingleton(new DeskTimeZone(Options.Create(new DeskOptions())));

    [Theory]
    [InlineData("tr-TR", "İnceleniyor")]
    [InlineData("en", "In investigation")]
    public void A_status_in_words(string culture, string words)
    {
        using var language = new TestCulture(culture);

        Assert.Equal(words, Render<StatusChip>(p => p.Add(c => c.Status, ComplaintStatus.InInvestigation)).Find("span").TextContent);
    }

    [Theory]
    [InlineData("tr-TR", "Kritik")]
    [InlineData("en", "Critical")]
    public void A_priority_in_words(string culture, string words)
    {
        using var language = new TestCulture(culture);

        Assert.Equal(words, Render<PriorityChip>(p => p.Add(c => c.Priority, Priority.Critical)).Find("span").TextContent);
    }

    [Theory]
    [InlineData("tr-TR", false, "05.12.2026 14:30")]
    [InlineData("en", false, "5 Dec 2026, 14:30")]
    [InlineData("tr-TR", true, "05.12 14:30")]
    [InlineData("en", true, "5 Dec, 14:30")]
    public void An_instant_as_the_language_writes_it(string culture, bool compact, string shown)
    {
        using var language = new TestCulture(culture);

        var instant = Render<Instant>(p => p.Add(c => c.Value, _instant).Add(c => c.Compact, compact));

        Assert.Equal(shown, instant.Find("time").TextContent);
    }
}
