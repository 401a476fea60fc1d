namespace ComplaintDesk.Core.Sla;

/// <summary>One clock as it stands at a moment: target, deadline, warning instant, state and time held by pauses.</summary>
public sealed record SlaClock(
    ClockKind Kind,
    TimeSpan Target,
    DateTimeOffset Deadline,
    DateTimeOffset WarningAt,
    ClockState State,
    TimeSpan PausedFor,
    DateTimeOffset? StoppedAt);
