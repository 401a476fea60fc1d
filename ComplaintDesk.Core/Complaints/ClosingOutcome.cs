namespace ComplaintDesk.Core.Complaints;

/// <summary>ISO 10002 7.9: why the complaint could be closed.</summary>
public enum ClosingOutcome
{
    Accepted,
    NoReply,

    /// <summary>Closed as a duplicate of another complaint, which carries on for both; only merging closes this way.</summary>
    Merged,
}
