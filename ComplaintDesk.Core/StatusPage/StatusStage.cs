namespace ComplaintDesk.Core.StatusPage;

/// <summary>
/// Where a complaint stands, as its complainant sees it: fewer steps than the desk's statuses, none of them internal.
/// The lower-case names are part of the public status API.
/// </summary>
public enum StatusStage
{
    /// <summary>Registered; not yet acknowledged.</summary>
    Received,

    /// <summary>Acknowledged (ISO 10002 7.4); not yet looked into.</summary>
    Acknowledged,

    /// <summary>Being assessed and investigated, a response being prepared, or reopened after a rejected decision.</summary>
    Investigating,

    /// <summary>The desk awaits information from the complainant; its clocks are paused.</summary>
    Awaiting,

    /// <summary>A decision was communicated (7.8); the complainant may accept or reject it.</summary>
    Decided,

    /// <summary>Closed (7.9).</summary>
    Closed,

    /// <summary>Withdrawn.</summary>
    Withdrawn,
}
