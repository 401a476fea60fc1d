namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>
/// One row of a complaint list. <see cref="ComplainantName"/> is null for roles that may not see it;
/// <see cref="Team"/> is the name of the team whose queue it is in, null for the whole desk's;
/// <see cref="ComplainantWroteLast"/> says the complainant had the last word: they wait for someone to read it and
/// answer, or record the verdict it gives.
/// </summary>
public sealed record ComplaintSummary(
    string Reference,
    ComplaintStatus Status,
    Priority Priority,
    string? Category,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    string ProductOrService,
    string? Assignee,
    string? FirstHandler,
    string? SubjectStaffEmail,
    int EscalationLevel,
    IReadOnlyList<string> BarredFromDeciding,
    int Version,
    string? ComplainantName,
    NextDue? NextDue = null,
    string? Team = null,
    bool ComplainantWroteLast = false);
