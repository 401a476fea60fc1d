namespace ComplaintDesk.Core.Common;

/// <summary>Who did something and when: every timeline event carries one.</summary>
public sealed record Stamp(DateTimeOffset At, Actor Actor);
