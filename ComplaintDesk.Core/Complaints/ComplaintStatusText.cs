namespace ComplaintDesk.Core.Complaints;

public static class ComplaintStatusText
{
    public static bool IsOpen(this ComplaintStatus status) => status is not (ComplaintStatus.Closed or ComplaintStatus.Withdrawn);

    /// <summary>Reads naturally after "it is …", for messages a handler reads.</summary>
    public static string Describe(this ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "received and not yet acknowledged",
        ComplaintStatus.Acknowledged => "acknowledged",
        ComplaintStatus.Assessed => "assessed",
        ComplaintStatus.InInvestigation => "in investigation",
        ComplaintStatus.AwaitingComplainant => "awaiting the complainant",
        ComplaintStatus.ResponseReady => "ready for the decision to be communicated",
        ComplaintStatus.DecisionCommunicated => "waiting for the complainant's reply to the decision",
        ComplaintStatus.Closed => "closed",
        ComplaintStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };
}
