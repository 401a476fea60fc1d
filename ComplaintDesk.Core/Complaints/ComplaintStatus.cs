namespace ComplaintDesk.Core.Complaints;

/// <summary>Where a complaint stands in its life. The names are part of the API contract.</summary>
public enum ComplaintStatus
{
    Received,
    Acknowledged,
    Assessed,
    InInvestigation,
    AwaitingComplainant,
    ResponseReady,
    DecisionCommunicated,
    Closed,
    Withdrawn,
}
