using System.Globalization;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Settings;

/// <summary>Administrators set the business calendar and the SLA targets; Core checks, records and applies them.</summary>
public sealed partial class SlaSettingsPage
{
    private static readonly string[] _zones =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static readonly DayOfWeek[] _week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private SlaSettingsForm _form = new();
    private IReadOnlyList<string> _categories = [];
    private FormErrors _errors = FormErrors.None;
    private DateTime? _holiday;
    private bool _saving;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private ISlaSettingsEditor Settings { get; set; } = default!;

    [Inject]
    private ICategoryList Categories { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Reset();
        _categories = await Categories.NamesAsync(CancellationToken.None);
    }

    private void Reset()
    {
        _form = SlaSettingsForm.From(Settings.CalendarOptions, Settings.SlaOptions);
        _errors = FormErrors.None;
    }

    private static Task<IEnumerable<string>> SearchZonesAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? _zones.AsEnumerable()
            : _zones.Where(id => id.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)));

    private void Toggle(DayOfWeek day, bool on)
    {
        if (on)
        {
            _form.WorkingDays.Add(day);
        }
        else
        {
            _form.WorkingDays.Remove(day);
        }
    }

    private void AddHoliday()
    {
        if (_holiday is { } day && !_form.Holidays.Contains(DateOnly.FromDateTime(day)))
        {
            _form.Holidays = [.. _form.Holidays.Append(DateOnly.FromDateTime(day)).Order()];
        }

        _holiday = null;
    }

    // Only active categories are offered; a retired one keeps its overrides, so its rows still show it.
    private IEnumerable<string> OptionsFor(SlaSettingsForm.OverrideRow row) =>
        _categories.Contains(row.Category) ? _categories : _categories.Prepend(row.Category);

    /// <summary>Adds the first category and priority not yet overridden, starting from that priority's targets.</summary>
    private void AddOverride()
    {
        var free = _categories
            .SelectMany(category => Enum.GetValues<Priority>().Reverse().Select(priority => (category, priority)))
            .FirstOrDefault(c => !_form.Overrides.Any(o => o.Category == c.category && o.Priority == c.priority));
        if (free.category is null)
        {
            return;
        }

        var basis = _form.Policies[free.priority];
        _form.Overrides.Add(new SlaSettingsForm.OverrideRow
        {
            Category = free.category,
            Priority = free.priority,
            Targets = new SlaSettingsForm.PolicyRow
            {
                AcknowledgeHours = basis.AcknowledgeHours,
                RespondHours = basis.RespondHours,
                ResolveHours = basis.ResolveHours,
                AroundTheClock = basis.AroundTheClock,
            },
        });
    }

    private async Task SaveAsync()
    {
        var duplicates = _form.Duplicates.ToList();
        if (duplicates.Count > 0)
        {
            _errors = new FormErrors(duplicates.DistinctBy(d => d.Key).ToDictionary(
                d => d.Key, d => new[] { Text["Sla.Duplicate", Text["Sla.CategoryAt", d.Category, Text.Describe(d.Priority)]].Value }));
            return;
        }

        _saving = true;
        try
        {
            await Settings.ChangeAsync(_form.ToCalendar(), _form.ToSla(), await CurrentUser.GetActorAsync(), CancellationToken.None);
            _errors = FormErrors.None;
            Snackbar.Add(Text["Sla.Saved"], Severity.Success);
        }
        catch (DeskException refused)
        {
            _errors = FormErrors.From(Text, refused);
        }
        finally
        {
            _saving = false;
        }
    }
}
