namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>
/// A list request as it arrives. <see cref="Assignee"/> is <c>me</c>, <c>unassigned</c> or an e-mail;
/// <see cref="Status"/> and <see cref="Priority"/> may list several values separated by commas;
/// <see cref="Sort"/> is a field name, with a leading <c>-</c> for descending; <see cref="Team"/> is <c>mine</c>
/// for the complaints in the caller's teams.
/// </summary>
public sealed record ComplaintSearch(
    string? Status = null,
    string? Assignee = null,
    string? Priority = null,
    string? Q = null,
    int? Page = null,
    int? PageSize = null,
    string? Sort = null,
    string? Team = null);
