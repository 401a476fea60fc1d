namespace ComplaintDesk.Core.Access;

/// <summary>
/// What a person may do at the desk. Screens, endpoints, the hub and Core ask for one of these by name,
/// never for a role: <see cref="DeskCapabilities"/> says which roles hold which.
/// </summary>
public enum DeskCapability
{
    /// <summary>Register a complaint as it comes in (ISO 10002 7.2).</summary>
    ReceiveComplaints,

    /// <summary>Make the moves of the process on unassigned complaints and one's own.</summary>
    WorkComplaints,

    /// <summary>Propose and communicate a complaint's outcome (ISO 10002 7.7–7.8).</summary>
    DecideComplaints,

    /// <summary>Raise a complaint's escalation level by hand (Annex H).</summary>
    EscalateComplaints,

    /// <summary>Work a complaint someone else has.</summary>
    WorkAnyComplaint,

    /// <summary>Give a complaint to someone else, not only take it.</summary>
    AssignToOthers,

    /// <summary>See the complainant's personal data (ISO 10002 4.10).</summary>
    SeePersonalData,

    /// <summary>Take the monthly workbook away with the complainants' personal data.</summary>
    ExportPersonalData,

    /// <summary>Erase a complainant's personal data on request.</summary>
    AnonymisePersonalData,

    /// <summary>Read and acknowledge the alerts centre.</summary>
    ReadAlerts,

    /// <summary>Read the monitoring figures (clause 8) and receive the monthly workbook.</summary>
    ReadMonitoring,

    /// <summary>List, build and download the monthly reports.</summary>
    ReadReports,

    /// <summary>Read who did what: the access records and audit events.</summary>
    ReadAudit,

    /// <summary>Create people, give them roles, deactivate them.</summary>
    AdministerPeople,

    /// <summary>Keep the categories and teams.</summary>
    AdministerOrganisation,

    /// <summary>Change the SLA settings.</summary>
    ChangeSettings,

    /// <summary>Open the background jobs dashboard.</summary>
    ManageJobs,
}
