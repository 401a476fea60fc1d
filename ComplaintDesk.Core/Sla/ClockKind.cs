namespace ComplaintDesk.Core.Sla;

/// <summary>The three clocks of a complaint (ISO 10002 4.4, 4.6, 4.15); all start at receipt.</summary>
public enum ClockKind
{
    /// <summary>Stops at acknowledge.</summary>
    Acknowledge,

    /// <summary>Stops when the decision is communicated.</summary>
    Respond,

    /// <summary>Stops at close or withdraw.</summary>
    Resolve,
}
