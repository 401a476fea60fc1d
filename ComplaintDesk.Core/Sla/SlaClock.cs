namespace ComplaintDesk.Core.Sla;

/// <summary>
/// One clock as it stands at a moment: target, deadline, warning instant, state, time held by
/// pauses, and the business time used so far (up to the stop, or now).
/// </summary>
public sealed record SlaClock(
    ClockKind Kind,
    TimeSpan Target,
    DateTimeOffset Deadline,
    DateTimeOffset WarningAt,
    ClockState State,
    TimeSpan PausedFor,
    DateTimeOffset? StoppedAt,
    TimeSpan Elapsed);
