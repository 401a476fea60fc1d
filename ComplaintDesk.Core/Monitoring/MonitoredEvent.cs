using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>An escalation or a reopening in the period, with its complaint's groups.</summary>
public sealed record MonitoredEvent(string Reference, GroupKeys Keys, int Level, AlertTrigger? Trigger);
