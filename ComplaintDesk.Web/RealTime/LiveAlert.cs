using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.RealTime;

/// <summary>An alert as the hub brought it: raised, a reminder of it, or acknowledged.</summary>
public sealed record LiveAlert(AlertView Alert, LiveAlertKind Kind);
