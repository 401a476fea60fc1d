using AngleSharp.Html.Dom;
using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Features.Settings;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

public sealed class EditingSlaSettings : DeskPageContext
{
    private readonly RecordingSlaSettingsEditor _editor = new();

    public EditingSlaSettings()
    {
        Services.AddSingleton<ISlaSettingsEditor>(_editor);
        SignInAs(DeskPerson.Administrator);
    }

    [Fact]
    public void Shows_the_settings_in_force_with_targets_in_hours()
    {
        var page = RenderPage<SlaSettingsPage>();

        var days = page.FindAll("#working-days .mud-checkbox");
        var checkedDays = days.Where(d => ((IHtmlInputElement)d.QuerySelector("input")!).IsChecked).Select(d => d.TextContent.Trim());
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri"], checkedDays);
        var medium = page.Find("tr[data-priority='Medium']");
        Assert.Equal(["9", "45", "90"], medium.QuerySelectorAll("input").Take(3).Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Saving_sends_the_edited_calendar_and_targets_as_the_administrator()
    {
        var page = RenderPage<SlaSettingsPage>();
        var saturday = page.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "Sat");
        await saturday.InvokeAsync(() => saturday.Instance.ValueChanged.InvokeAsync(true));
        var critical = page.FindComponents<MudNumericField<double>>()[9];
        await critical.InvokeAsync(() => critical.Instance.ValueChanged.InvokeAsync(2));

        await page.Find("#save-settings").ClickAsync(new());

        var (calendar, sla, actor) = Assert.Single(_editor.Saved);
        Assert.Contains(DayOfWeek.Saturday, calendar.WorkingDays);
        Assert.Equal(TimeSpan.FromHours(2), sla.Policies[Priority.Critical].Acknowledge);
        Assert.Equal("admin@demo.local", actor.Email);
    }

    [Fact]
    public async Task Choosing_another_time_zone_saves_it_with_the_calendar()
    {
        var page = RenderPage<SlaSettingsPage>();
        var zone = page.FindComponent<MudAutocomplete<string>>();
        Assert.Equal("Europe/Istanbul", zone.Find("input").GetAttribute("value"));

        await zone.InvokeAsync(() => zone.Instance.ValueChanged.InvokeAsync("Europe/Berlin"));
        await page.Find("#save-settings").ClickAsync(new());

        Assert.Equal("Europe/Berlin", Assert.Single(_editor.Saved).Calendar.TimeZone);
    }

    [Fact]
    public async Task A_refusal_shows_each_problem_next_to_its_setting()
    {
        _editor.Refusal = new InvalidInputException(new Dictionary<string, string[]>
        {
            ["calendar.end"] = ["The working day must end after it starts."],
            ["sla.policies.High"] = ["High needs acknowledge, respond and resolve targets above zero."],
        });
        var page = RenderPage<SlaSettingsPage>();

        await page.Find("#save-settings").ClickAsync(new());

        Assert.Contains("The working day must end after it starts.", page.Markup, StringComparison.Ordinal);
        Assert.Contains("High needs acknowledge", page.Markup, StringComparison.Ordinal);
        Assert.Contains("2 fields", page.Find("#settings-errors").TextContent, StringComparison.Ordinal);
        Assert.Empty(_editor.Saved);
    }

    [Fact]
    public void Shows_the_category_overrides_in_force()
    {
        _editor.Override("Delivery", Priority.High, respondHours: 6);

        var page = RenderPage<SlaSettingsPage>();

        var row = page.Find("tr[data-override='sla.categoryPolicies.Delivery.High']");
        Assert.Equal("6", row.QuerySelectorAll("input").Select(i => i.GetAttribute("value")).ElementAt(3));
    }

    [Fact]
    public async Task Adding_an_override_starts_from_the_priority_targets_and_saves_it_for_that_category()
    {
        var page = RenderPage<SlaSettingsPage>();

        await page.Find("#add-override").ClickAsync(new());
        var respond = page.FindComponents<MudNumericField<double>>()[^2];
        await respond.InvokeAsync(() => respond.Instance.ValueChanged.InvokeAsync(4));
        await page.Find("#save-settings").ClickAsync(new());

        var (_, sla, _) = Assert.Single(_editor.Saved);
        var added = sla.CategoryPolicies["Billing"][Priority.Critical];
        Assert.Equal(TimeSpan.FromHours(9), added.Acknowledge);
        Assert.Equal(TimeSpan.FromHours(4), added.Respond);
        Assert.Equal(TimeSpan.FromHours(90), added.Resolve);
        Assert.Single(sla.CategoryPolicies);
    }

    [Fact]
    public async Task Removing_an_override_saves_the_category_back_on_the_priority_targets()
    {
        _editor.Override("Delivery", Priority.High, respondHours: 6);
        var page = RenderPage<SlaSettingsPage>();

        await page.Find("[data-remove-override]").ClickAsync(new());
        await page.Find("#save-settings").ClickAsync(new());

        Assert.Empty(Assert.Single(_editor.Saved).Sla.CategoryPolicies);
        Assert.Contains("No overrides", page.Find("#category-overrides").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_category_and_priority_twice_is_pointed_out_and_nothing_is_saved()
    {
        var page = RenderPage<SlaSettingsPage>();
        await page.Find("#add-override").ClickAsync(new());
        await page.Find("#add-override").ClickAsync(new());
        var priority = page.FindComponents<MudSelect<Priority>>()[^1];
        await priority.InvokeAsync(() => priority.Instance.ValueChanged.InvokeAsync(Priority.Critical));

        await page.Find("#save-settings").ClickAsync(new());

        Assert.Contains("Billing at Critical is overridden more than once", page.Find("#category-overrides").TextContent, StringComparison.Ordinal);
        Assert.Empty(_editor.Saved);
    }

    [Fact]
    public async Task A_refused_override_shows_its_reason_on_its_row()
    {
        _editor.Override("Delivery", Priority.High, respondHours: 6);
        _editor.Refusal = new InvalidInputException(new Dictionary<string, string[]>
        {
            ["sla.categoryPolicies.Delivery.High"] = ["Delivery at High needs acknowledge, respond and resolve targets above zero."],
        });
        var page = RenderPage<SlaSettingsPage>();

        await page.Find("#save-settings").ClickAsync(new());

        Assert.Contains("Delivery at High needs", page.Find("#category-overrides").TextContent, StringComparison.Ordinal);
    }
}
