using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Core.Sla;

/// <summary>A complaint whose clocks new settings moved: its next alarm, and the change open screens are told of.</summary>
internal sealed record ResettledComplaint(long Id, DateTimeOffset? NextAlarmAt, ComplaintChange Change);
