using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>A complaint as the complaint page shows it, in named parts (ISO 10002 7.3, Annex F).</summary>
/// <param name="ComplainantLanguage">The language the desk writes to the complainant in (null: the desk's default); not personal data, so shown to all.</param>
public sealed record ComplaintDetails(
    string Reference,
    ComplaintStatus Status,
    Priority Priority,
    string? Category,
    int Version,
    ComplaintIntake Intake,
    ComplaintAssignment Assignment,
    ComplaintDecision Decision,
    ComplaintClosing Closing,
    IReadOnlyList<SlaClock> Clocks,
    IReadOnlyList<TimelineEntry> Timeline,
    ComplainantView? Complainant,
    string? ComplainantLanguage = null);
