using System.Globalization;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Display;

public static class ClockText
{
    public static string? Label(this IStringLocalizer<DeskText> text, ClockKind? kind) =>
        kind is { } known ? text[$"Clock.Label.{known}"].Value : null;

    public static string Describe(this IStringLocalizer<DeskText> text, ClockKind kind) => text[$"Clock.Name.{kind}"];

    /// <summary>A business-time target as people say it, e.g. "45 h" or "45 sa".</summary>
    public static string Duration(this IStringLocalizer<DeskText> text, TimeSpan span) =>
        span.TotalHours >= 1 ? text["Clock.Hours", span.TotalHours.ToString("0.#", CultureInfo.CurrentCulture)]
            : text["Clock.Minutes", span.TotalMinutes.ToString("0", CultureInfo.CurrentCulture)];

    /// <summary>The words for a clock's state; null where the figure says it all (running, warning).</summary>
    public static string? State(this IStringLocalizer<DeskText> text, SlaClock clock) => clock switch
    {
        { State: ClockState.Breached, Paused: true } => text["Clock.State.BreachedPaused"].Value,
        { State: ClockState.Breached or ClockState.Paused or ClockState.Met or ClockState.MetLate } => text[$"Clock.State.{clock.State}"].Value,
        _ => null,
    };

    /// <summary>Business time left or overdue; null for a clock met in time.</summary>
    public static string? Figure(this IStringLocalizer<DeskText> text, SlaClock clock) => clock.State switch
    {
        ClockState.Met => null,
        ClockState.Breached or ClockState.MetLate => text.Overdue(clock.Overdue),
        _ => text.Left(clock.Left),
    };

    public static string Explain(this IStringLocalizer<DeskText> text, SlaClock clock) => clock switch
    {
        { State: ClockState.Breached, Paused: true } => text["Clock.Explain.BreachedPaused"],
        { State: ClockState.Breached or ClockState.Paused or ClockState.Warning or ClockState.Met or ClockState.MetLate } =>
            text[$"Clock.Explain.{clock.State}"],
        _ => text["Clock.Explain.Running"],
    };
}
