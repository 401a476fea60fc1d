namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>
/// The complainant's personal data, given only to roles that may see it; once anonymised
/// (<see cref="AnonymisedAt"/>) nothing personal is left, and everyone sees that it is gone.
/// </summary>
/// <param name="PostalAddress">Added after the others, so every earlier field keeps its place in the API's answer.</param>
public sealed record ComplainantView(
    string Name, string? Email, string? Phone, ContactMethod PreferredContact, DateTimeOffset? AnonymisedAt = null, string? PostalAddress = null);
