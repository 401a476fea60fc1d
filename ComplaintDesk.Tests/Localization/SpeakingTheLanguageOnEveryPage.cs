using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bunit;
using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.People;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// Every page the desk routes to (found by its [Route]) renders in Turkish and in English without asking for a key
/// no resource holds, and its Turkish shows none of the English words a literal sentence would bring.
/// </summary>
public sealed partial class SpeakingTheLanguageOnEveryPage : AdministrationPageContext
{
    // Words of the desk's English sentences that Turkish never uses; demo data in the fakes is Turkish or a name.
    private static readonly string[] _english =
    [
        "the", "and", "of", "to", "is", "are", "your", "you", "with", "this", "for", "by", "on", "at", "no", "not",
        "Add", "Save", "Cancel", "Close", "Show", "Search", "Level", "Received", "Download", "Nobody", "Loading", "Back",
        "Status", "Priority", "Category", "Reference", "Roles", "State", "Name", "Month", "Reports", "Audit", "Teams",
    ];

    public SpeakingTheLanguageOnEveryPage()
    {
        Services.AddTransient<MudBlazor.MudLocalizer, ComplaintDesk.Web.Localization.DeskMudLocalizer>();
        Services.AddSingleton<MissingKeys>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(RecordingStringLocalizer<>));
        Services.AddSingleton<IPeopleDesk>(new ScriptedPeopleDesk());
        Services.AddSingleton<IApiKeyDesk>(ScriptedApiKeyDesk.WithOneOfEachState("id-h1"));
        Services.AddSingleton<IAuditTrail>(new ScriptedAuditTrail());
        Services.AddSingleton<ISlaSettingsEditor>(new RecordingSlaSettingsEditor());
        Services.AddOptions<IdentityOptions>();
        // Only the password form's submit signs in again; rendering the page needs the service injected, not working.
        Services.AddSingleton((DeskSignIn)RuntimeHelpers.GetUninitializedObject(typeof(DeskSignIn)));
        Queries.Holds(new ComplaintDetailsBuilder().Describing("Kargo iki hafta geç geldi ve kutu ezilmişti.").Build());
    }

    public static TheoryData<string, string> PagesInEachLanguage()
    {
        var pages = new TheoryData<string, string>();
        foreach (var page in Pages())
        {
            pages.Add(page.FullName!, "tr-TR");
            pages.Add(page.FullName!, "en");
        }

        return pages;
    }

    public static TheoryData<string> PagesInTurkish() => [.. Pages().Select(page => page.FullName!)];

    [Fact]
    public void Finds_the_desks_pages_by_their_routes()
    {
        Assert.Contains(Pages(), page => page.Name == "MonitoringPage");
        Assert.True(Pages().Count() >= 15, string.Join(", ", Pages().Select(p => p.Name)));
    }

    [Theory]
    [MemberData(nameof(PagesInEachLanguage))]
    public void A_page_finds_every_word_it_asks_for(string pageName, string culture)
    {
        using var language = new TestCulture(culture);

        var page = RenderAny(pageName);

        page.WaitForAssertion(() => Assert.DoesNotContain("mud-progress-linear", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Empty(Services.GetRequiredService<MissingKeys>().All);
    }

    [Theory]
    [MemberData(nameof(PagesInTurkish))]
    public void A_Turkish_page_shows_no_English_sentence(string pageName)
    {
        using var language = new TestCulture("tr-TR");

        var page = RenderAny(pageName);

        page.WaitForAssertion(() => Assert.DoesNotContain("mud-progress-linear", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        var shown = Shown(page);
        Assert.Empty(_english.Where(word => Regex.IsMatch(shown, $@"(?<![\p{{L}}.@-]){word}(?![\p{{L}}.@-])")).Select(word => $"{word}: {Around(shown, word)}"));
    }

    private static IEnumerable<Type> Pages() =>
        typeof(ComplaintDesk.Web.Localization.DeskText).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private IRenderedComponent<IComponent> RenderAny(string pageName)
    {
        var type = Pages().Single(p => p.FullName == pageName);
        Render<MudBlazor.MudPopoverProvider>();
        // The server-rendered account pages read the request; the route's parameters name the complaint and person the fakes hold.
        RenderFragment page = inner =>
        {
            inner.OpenComponent(0, type);
            if (type.GetProperty("Reference") is not null)
            {
                inner.AddAttribute(1, "Reference", ComplaintDetailsBuilder.Reference);
            }

            if (type.GetProperty("Id") is not null)
            {
                inner.AddAttribute(2, "Id", "id-h1");
            }

            inner.CloseComponent();
        };
        return Render<CascadingValue<HttpContext>>(p => p.Add(c => c.Value, new DefaultHttpContext()).Add(c => c.IsFixed, true).Add(c => c.ChildContent, page));
    }

    // What a person reads: the text, and the names and hints that assistive technology and tooltips read out.
    private static string Shown(IRenderedComponent<IComponent> page) =>
        string.Join(" | ", page.Nodes.SelectMany(n => n is AngleSharp.Dom.IElement e ? e.QuerySelectorAll("*").Prepend(e) : [])
            .SelectMany(e => new[] { e.GetAttribute("title"), e.GetAttribute("aria-label"), e.GetAttribute("placeholder") })
            .OfType<string>()
            .Prepend(string.Join(" ", page.Nodes.Select(n => n.TextContent))));

    private static string Around(string shown, string word)
    {
        var at = Regex.Match(shown, $@"(?<![\p{{L}}.@-]){word}(?![\p{{L}}.@-])").Index;
        return shown.Substring(Math.Max(0, at - 40), Math.Min(80, shown.Length - Math.Max(0, at - 40)));
    }
}
