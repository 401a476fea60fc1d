using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Settings;

/// <summary>Administrators set the business calendar and the SLA targets; Core checks, records and applies them.</summary>
public sealed partial class SlaSettingsPage
{
    private static readonly CultureInfo _culture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly DayOfWeek[] _week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private SlaSettingsForm _form = new();
    private FormErrors _errors = FormErrors.None;
    private DateTime? _holiday;
    private bool _saving;

    [Inject]
    private ISlaSettingsEditor Settings { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override void OnInitialized() => Reset();

    private void Reset()
    {
        _form = SlaSettingsForm.From(Settings.CalendarOptions, Settings.SlaOptions);
        _errors = FormErrors.None;
    }

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

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            await Settings.ChangeAsync(_form.ToCalendar(), _form.ToSla(), await CurrentUser.GetActorAsync(), CancellationToken.None);
            _errors = FormErrors.None;
            Snackbar.Add("Saved. Open complaints now run on these settings.", Severity.Success);
        }
        catch (DeskException refused)
        {
            _errors = FormErrors.From(refused);
        }
        finally
        {
            _saving = false;
        }
    }
}
