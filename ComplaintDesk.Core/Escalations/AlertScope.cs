namespace ComplaintDesk.Core.Escalations;

/// <summary>Whose complaints' alerts the triage shows, among those the person is in the audience of.</summary>
public enum AlertScope
{
    /// <summary>Every alert raised for the person.</summary>
    Everything,

    /// <summary>Alerts on complaints assigned to the person.</summary>
    Mine,

    /// <summary>Alerts on complaints in the person's teams' queues.</summary>
    MyTeams,
}
