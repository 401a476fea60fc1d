using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Audit;

/// <summary>One complaint of a <see cref="ComplaintSample"/>: what an auditor opens it for, never the complainant.</summary>
public sealed record SampledComplaint(
    string Reference, ComplaintStatus Status, ClosingOutcome? Outcome, DateTimeOffset? ClosedAt, string? Category, string? Assignee);
