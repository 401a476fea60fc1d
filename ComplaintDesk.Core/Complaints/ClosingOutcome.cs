namespace ComplaintDesk.Core.Complaints;

/// <summary>ISO 10002 7.9: why the complaint could be closed.</summary>
public enum ClosingOutcome
{
    Accepted,
    NoReply,
}
