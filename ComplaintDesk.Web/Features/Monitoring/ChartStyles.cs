using System.Globalization;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>The dashboard's chart settings: whole numbers for counts, 0–100 for rates, the desk's blue and orange.</summary>
public static class ChartStyles
{
    public const string Height = "240px";

    private static readonly string[] _palette = ["#1f5fa8", "#e0822a", "#2e7d32", "#8e24aa", "#c62828", "#00838f"];

    public static BarChartOptions Counts(IEnumerable<double> values, bool legend = false)
    {
        var highest = values.DefaultIfEmpty(0).Max();
        return new BarChartOptions
        {
            ShowLegend = legend,
            ChartPalette = _palette,
            // About five gridlines, on whole numbers.
            YAxisTicks = Math.Max(1, (int)Math.Ceiling(highest / 5)),
            YAxisSuggestedMax = Math.Max(highest, 5),
            YAxisToStringFunc = v => v.ToString("0", CultureInfo.CurrentCulture),
            XAxisLabelRotation = 0,
        };
    }

    public static BarChartOptions Percent(IStringLocalizer<DeskText> text, bool legend = false, int labelRotation = 0) => new()
    {
        ShowLegend = legend,
        ChartPalette = _palette,
        YAxisTicks = 20,
        YAxisSuggestedMax = 100,
        YAxisToStringFunc = v => text["Monitoring.Percent", v.ToString("0", CultureInfo.CurrentCulture)],
        XAxisLabelRotation = labelRotation,
    };

    public static LineChartOptions CumulativeLine() => new()
    {
        ChartPalette = [_palette[1]],
        ShowDataMarkers = true,
        LineStrokeWidth = 2,
    };

    public static StackedBarChartOptions StackedCounts(IEnumerable<double> totals)
    {
        var highest = totals.DefaultIfEmpty(0).Max();
        return new StackedBarChartOptions
        {
            ChartPalette = _palette,
            YAxisTicks = Math.Max(1, (int)Math.Ceiling(highest / 5)),
            YAxisSuggestedMax = Math.Max(highest, 5),
            YAxisToStringFunc = v => v.ToString("0", CultureInfo.CurrentCulture),
        };
    }
}
