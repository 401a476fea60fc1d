using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Web.Components.Display;

public static class ClockText
{
    public static string? Label(ClockKind? kind) => kind switch
    {
        ClockKind.Acknowledge => "Ack",
        ClockKind.Respond => "Respond",
        ClockKind.Resolve => "Resolve",
        _ => null,
    };

    public static string Describe(ClockKind kind) => kind switch
    {
        ClockKind.Acknowledge => "Acknowledge (7.4)",
        ClockKind.Respond => "Respond (7.8)",
        _ => "Resolve (7.9)",
    };

    /// <summary>A business-time target as people say it, e.g. "45 h".</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : $"{span.TotalMinutes:0} min";

    /// <summary>The words for a clock's state; null where the figure says it all (running, warning).</summary>
    public static string? State(SlaClock clock) => clock switch
    {
        { State: ClockState.Breached, Paused: true } => "Breached · paused",
        { State: ClockState.Breached } => "Breached",
        { State: ClockState.Paused } => "Paused",
        { State: ClockState.Met } => "Met",
        { State: ClockState.MetLate } => "Met late",
        _ => null,
    };

    /// <summary>Business time left or overdue; null for a clock met in time.</summary>
    public static string? Figure(SlaClock clock) => clock.State switch
    {
        ClockState.Met => null,
        ClockState.Breached or ClockState.MetLate => CountdownText.Overdue(clock.Overdue),
        _ => CountdownText.Left(clock.Left),
    };

    public static string Explain(SlaClock clock) => clock switch
    {
        { State: ClockState.Breached, Paused: true } =>
            "Deadline passed before the complaint was paused awaiting the complainant; overdue in business time up to the pause",
        { State: ClockState.Breached } => "Deadline passed; overdue counted in business time",
        { State: ClockState.Paused } => "Paused while awaiting the complainant; business time left when it resumes",
        { State: ClockState.Warning } => "Past the warning point; business time left before the deadline",
        { State: ClockState.Met } => "Stopped in time",
        { State: ClockState.MetLate } => "Stopped after the deadline; overdue in business time",
        _ => "Business time left before the deadline",
    };
}
