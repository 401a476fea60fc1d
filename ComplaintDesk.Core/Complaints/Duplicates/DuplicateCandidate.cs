namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>An open, recent complaint read for comparison: its contacts as <see cref="ContactKeys"/> keeps them, and its words.</summary>
internal sealed record DuplicateCandidate(long Id, string Reference, DateTimeOffset ReceivedAt, string? EmailKey, string? PhoneKey, string Description);
