namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>The complainant's personal data, given only to roles that may see it.</summary>
public sealed record ComplainantView(string Name, string? Email, string? Phone, ContactMethod PreferredContact);
