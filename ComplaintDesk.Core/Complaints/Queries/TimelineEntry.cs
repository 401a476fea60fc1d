namespace ComplaintDesk.Core.Complaints.Queries;

public sealed record TimelineEntry(
    DateTimeOffset At,
    string Actor,
    ComplaintMove Kind,
    string Clause,
    ComplaintStatus? FromStatus,
    ComplaintStatus ToStatus,
    string Summary,
    string? Text);
