using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>
/// One clock over the complaints received in the period: how many were on time or late, the on-time
/// rate (null when none counts), and the mean and median hours the clock counted until it stopped.
/// </summary>
public sealed record ClockFigures(ClockKind Kind, int OnTime, int Late, double? OnTimeRate, double? MeanHours, double? MedianHours);
