namespace ComplaintDesk.Tests.Components;

/// <summary>The status lists the queue sends to Core, written out so a change to them shows in a test.</summary>
internal static class QueueStatuses
{
    public const string Open = "Received,Acknowledged,Assessed,InInvestigation,AwaitingComplainant,ResponseReady,DecisionCommunicated";

    public const string Finished = "Closed,Withdrawn";
}
