using System.Globalization;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>A calendar month (the usual question), or any run of whole days in the desk's time zone.</summary>
public sealed partial class PeriodPicker
{
    private const string MonthFormat = "yyyy-MM";
    private const string DayFormat = "yyyy-MM-dd";

    private MonitoringPeriod? _shown;
    private bool _custom;
    private string? _month;
    private string? _from;
    private string? _to;
    private string? _rangeError;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Parameter, EditorRequired]
    public MonitoringPeriod Period { get; set; } = default!;

    [Parameter]
    public EventCallback<MonitoringPeriod> PeriodChanged { get; set; }

    protected override void OnParametersSet()
    {
        if (Period == _shown)
        {
            return;
        }

        _shown = Period;
        _month = Period.From.ToString(MonthFormat, CultureInfo.InvariantCulture);
        _from = Period.From.ToString(DayFormat, CultureInfo.InvariantCulture);
        _to = Period.To.ToString(DayFormat, CultureInfo.InvariantCulture);
        _custom = !IsMonth(Period);
    }

    private async Task ChooseModeAsync(bool custom)
    {
        _custom = custom;
        _rangeError = null;
        // Back to months: the month the range started in, so the figures on screen match the picker.
        if (!custom && !IsMonth(Period))
        {
            await PeriodChanged.InvokeAsync(MonitoringPeriod.Month(Period.From.Year, Period.From.Month));
        }
    }

    private Task ChooseMonthAsync(string? month)
    {
        _month = month;
        return DateOnly.TryParseExact(month, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? PeriodChanged.InvokeAsync(MonitoringPeriod.Month(first.Year, first.Month))
            : Task.CompletedTask;
    }

    private Task MoveMonthAsync(int months)
    {
        var first = new DateOnly(Period.From.Year, Period.From.Month, 1).AddMonths(months);
        return PeriodChanged.InvokeAsync(MonitoringPeriod.Month(first.Year, first.Month));
    }

    private Task ApplyRangeAsync()
    {
        if (!TryDay(_from, out var from) || !TryDay(_to, out var to))
        {
            _rangeError = Text["Monitoring.Period.PickBoth"];
            return Task.CompletedTask;
        }

        if (to < from)
        {
            _rangeError = Text["Monitoring.Period.LastBeforeFirst"];
            return Task.CompletedTask;
        }

        _rangeError = null;
        return PeriodChanged.InvokeAsync(new MonitoringPeriod(from, to));
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static bool IsMonth(MonitoringPeriod period) =>
        period.From.Day == 1 && period.To == period.From.AddMonths(1).AddDays(-1);
}
