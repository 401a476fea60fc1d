namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The views of the queue a handler switches between all day.</summary>
public enum QueueScope
{
    Mine,
    Unassigned,
    AllOpen,
    Closed,

    /// <summary>Open complaints in the person's teams' queues.</summary>
    MyTeams,
}
