namespace ComplaintDesk.Core.Escalations;

/// <summary>How many complaints stand at one level.</summary>
public sealed record LevelTally(int Level, int Complaints);
