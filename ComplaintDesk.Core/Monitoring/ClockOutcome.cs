namespace ComplaintDesk.Core.Monitoring;

/// <summary>How a clock counts in the on-time rate.</summary>
public enum ClockOutcome
{
    /// <summary>Stopped at or before its deadline.</summary>
    OnTime,

    /// <summary>Stopped after its deadline, or still running past it.</summary>
    Late,

    /// <summary>Still running and not yet due: left out of the rate.</summary>
    NotYetDue,
}
