namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// A complaint as it arrives (ISO 10002 7.2, Annex C), before any rule has looked at it. Choices
/// travel as names and times as ISO 8601 text, so every problem can be reported at once.
/// </summary>
public sealed record NewComplaint(
    string? Channel,
    string? ReceivedAt,
    ComplainantDetails? Complainant,
    string? ProductOrService,
    string? Category,
    string? Description,
    string? DesiredOutcome = null,
    string? Priority = null,
    string? SubjectStaffEmail = null);
