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
}
