namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The views of the queue a handler switches between all day.</summary>
public enum QueueScope
{
    Mine,
    Unassigned,
    AllOpen,
    Closed,
}
