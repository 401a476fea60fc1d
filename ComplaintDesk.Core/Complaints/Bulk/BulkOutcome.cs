using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>One complaint's result in a bulk action; <see cref="Alerts"/> counts the alerts acknowledged on it.</summary>
public sealed record BulkOutcome(string Reference, BulkResult Result, DeskMessage? Reason = null, int Alerts = 0);
