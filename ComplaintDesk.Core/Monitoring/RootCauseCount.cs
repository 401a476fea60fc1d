namespace ComplaintDesk.Core.Monitoring;

public sealed record RootCauseCount(string RootCause, int Count);
