namespace ComplaintDesk.Core.Escalations;

/// <summary>What asking to acknowledge one alert came to.</summary>
public enum AcknowledgementOutcome
{
    /// <summary>Done now, by the person who asked.</summary>
    Acknowledged,

    /// <summary>Someone had acknowledged it already; nothing was written.</summary>
    AlreadyAcknowledged,

    /// <summary>The alert is for other people; nothing was written.</summary>
    NotAllowed,

    /// <summary>There is no such alert.</summary>
    NotFound,
}
