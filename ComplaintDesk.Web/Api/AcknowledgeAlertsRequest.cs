namespace ComplaintDesk.Web.Api;

/// <summary>The alerts to acknowledge at once, by id; each gets its own answer.</summary>
public sealed record AcknowledgeAlertsRequest(IReadOnlyList<long>? AlertIds);
