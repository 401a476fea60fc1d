using System.Globalization;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>
/// Monitoring figures as the quality manager reads them, in their language: "75.0 %" or "%75,0", "2.5 h" or "2,5 sa",
/// and "—" where nothing was counted.
/// </summary>
public static class MonitoringText
{
    public const string Blank = "—";

    public static string Percent(this IStringLocalizer<DeskText> text, double? share) =>
        share is { } value ? text["Monitoring.Percent", (value * 100).ToString("0.0", CultureInfo.CurrentCulture)] : Blank;

    public static string Hours(this IStringLocalizer<DeskText> text, double? hours) =>
        hours is { } value ? text["Clock.Hours", value.ToString("0.0", CultureInfo.CurrentCulture)] : Blank;

    public static string Score(this IStringLocalizer<DeskText> text, double? mean) =>
        mean is { } value ? text["Monitoring.Score", value.ToString("0.0", CultureInfo.CurrentCulture)] : Blank;

    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    public static string Clock(this IStringLocalizer<DeskText> text, ClockKind kind) => text[$"Monitoring.Clock.{kind}"];

    public static string Dimension(this IStringLocalizer<DeskText> text, MonitoringDimension dimension) => text[$"Monitoring.Dimension.{dimension}"];

    /// <summary>"March 2026" or "Mart 2026"; a run of days from its first to its last.</summary>
    public static string Period(this IStringLocalizer<DeskText> text, MonitoringPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var culture = CultureInfo.CurrentCulture;
        return period.IsMonth
            ? period.From.ToString("MMMM yyyy", culture)
            : text["Monitoring.Range", period.From.ToString(text["Date.Format"], culture), period.To.ToString(text["Date.Format"], culture)];
    }

    /// <summary>
    /// A group's key as shown: channels, priorities and the groups of complaints without a category or a handler in
    /// words, the rest (category names, handlers' e-mails) as Core names them.
    /// </summary>
    public static string Group(this IStringLocalizer<DeskText> text, MonitoringDimension dimension, string key) => dimension switch
    {
        MonitoringDimension.Category when key == GroupKeys.Uncategorised => text["Monitoring.Uncategorised"],
        MonitoringDimension.Handler when key == GroupKeys.Unassigned => text["Monitoring.Unassigned"],
        MonitoringDimension.Channel when Enum.TryParse<Channel>(key, out var channel) => text.Describe(channel),
        MonitoringDimension.Priority when Enum.TryParse<Priority>(key, out var priority) => text.Describe(priority),
        _ => key,
    };

    /// <summary>What a drill-down lists, e.g. "Late on the acknowledge clock · Category: Delivery".</summary>
    public static string Describe(this IStringLocalizer<DeskText> text, MonitoringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var clock = slice.Clock is { } kind ? text.Clock(kind).ToLower(CultureInfo.CurrentCulture) : null;
        string what = slice.Measure switch
        {
            MonitoringMeasure.Closed when slice.RootCause is { } cause => text["Monitoring.Measure.ClosedWithCause", cause],
            MonitoringMeasure.OnTime or MonitoringMeasure.Late when clock is not null => text[$"Monitoring.Measure.{slice.Measure}OnClock", clock],
            MonitoringMeasure.Escalated when slice.Level is { } level => text["Monitoring.Measure.EscalatedAtLevel", level]
                + (slice.Trigger is { } trigger ? $" · {text.Trigger(trigger)}" : ""),
            _ => text[$"Monitoring.Measure.{slice.Measure}"],
        };
        return slice is { Dimension: { } dimension, Key: { } key } ? $"{what} · {text.Dimension(dimension)}: {text.Group(dimension, key)}" : what;
    }

    /// <summary>A stable name for a clickable figure, for tests and for people reading the markup.</summary>
    public static string DrillKey(MonitoringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return string.Join(':', new[] { slice.Measure.ToString(), slice.Clock?.ToString(), slice.Dimension?.ToString(), slice.Key, slice.RootCause, slice.Level?.ToString(CultureInfo.InvariantCulture), slice.Trigger?.ToString() }.OfType<string>());
    }
}
