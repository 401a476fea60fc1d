namespace ComplaintDesk.Core.Complaints;

/// <summary>A <see cref="NewComplaint"/> that passed <see cref="NewComplaintRules"/>: every value read and checked.</summary>
internal sealed record ReceivedComplaint(
    Channel Channel,
    DateTimeOffset ReceivedAt,
    string Name,
    string? Email,
    string? Phone,
    ContactMethod PreferredContact,
    string? Language,
    string? PostalAddress,
    string ProductOrService,
    string Description,
    string? DesiredOutcome,
    Priority? Priority,
    string? SubjectStaffEmail);
