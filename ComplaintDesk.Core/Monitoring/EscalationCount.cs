using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Core.Monitoring;

public sealed record EscalationCount(int Level, AlertTrigger Trigger, int Count);
