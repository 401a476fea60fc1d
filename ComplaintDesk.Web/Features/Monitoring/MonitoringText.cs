using System.Globalization;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>Monitoring figures as the quality manager reads them: "75.0 %", "2.5 h", and "—" where nothing was counted.</summary>
public static class MonitoringText
{
    public const string Blank = "—";

    // Figures read the same whatever the server's culture, so a screenshot matches the workbook.
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    public static string Percent(double? share) => share is { } value ? string.Create(_invariant, $"{value * 100:0.0} %") : Blank;

    public static string Hours(double? hours) => hours is { } value ? string.Create(_invariant, $"{value:0.0} h") : Blank;

    public static string Score(double? mean) => mean is { } value ? string.Create(_invariant, $"{value:0.0} / 5") : Blank;

    public static string Count(int count) => count.ToString("N0", _invariant);

    public static string Clock(ClockKind kind) => kind switch
    {
        ClockKind.Acknowledge => "Acknowledge",
        ClockKind.Respond => "Respond",
        _ => "Resolve",
    };

    public static string Dimension(MonitoringDimension dimension) => dimension switch
    {
        MonitoringDimension.Category => "Category",
        MonitoringDimension.Channel => "Channel",
        MonitoringDimension.Priority => "Priority",
        _ => "Handler",
    };

    /// <summary>A group's key as shown: channels in words, the rest as Core names them.</summary>
    public static string Group(MonitoringDimension dimension, string key, IStringLocalizer<DeskText> text) =>
        dimension == MonitoringDimension.Channel && Enum.TryParse<Channel>(key, out var channel) ? text.Describe(channel) : key;

    /// <summary>What a drill-down lists, e.g. "Late on the acknowledge clock · Category: Delivery".</summary>
    public static string Describe(MonitoringSlice slice, IStringLocalizer<DeskText> text)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var clock = slice.Clock is { } kind ? $" on the {Clock(kind).ToLowerInvariant()} clock" : "";
        var what = slice.Measure switch
        {
            MonitoringMeasure.Received => "Received",
            MonitoringMeasure.Closed when slice.RootCause is { } cause => $"Closed with root cause “{cause}”",
            MonitoringMeasure.Closed => "Closed",
            MonitoringMeasure.Withdrawn => "Withdrawn",
            MonitoringMeasure.OpenAtEnd => "Open at the end of the period",
            MonitoringMeasure.OnTime => "On time" + clock,
            MonitoringMeasure.Late => "Late" + clock,
            MonitoringMeasure.Escalated when slice.Level is { } level => $"Alerts at level {level}" + (slice.Trigger is { } trigger ? $" · {text.Trigger(trigger)}" : ""),
            MonitoringMeasure.Escalated => "Escalated (levels 1–3)",
            _ => "Reopened (decision rejected)",
        };
        return slice is { Dimension: { } dimension, Key: { } key } ? $"{what} · {Dimension(dimension)}: {Group(dimension, key, text)}" : what;
    }

    /// <summary>A stable name for a clickable figure, for tests and for people reading the markup.</summary>
    public static string DrillKey(MonitoringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return string.Join(':', new[] { slice.Measure.ToString(), slice.Clock?.ToString(), slice.Dimension?.ToString(), slice.Key, slice.RootCause, slice.Level?.ToString(CultureInfo.InvariantCulture), slice.Trigger?.ToString() }.OfType<string>());
    }
}
