namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>What a complaint is compared by: its complainant's contacts and its words, as typed or as stored.</summary>
public sealed record DuplicateProbe(string? Email, string? Phone, string? Description);
