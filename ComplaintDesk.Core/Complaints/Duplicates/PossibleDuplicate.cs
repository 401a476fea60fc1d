namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>Another open complaint that may be the same one, and why.</summary>
public sealed record PossibleDuplicate(string Reference, DuplicateReason Reason);
