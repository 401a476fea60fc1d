namespace ComplaintDesk.Core.Complaints;

public sealed record ComplainantDetails(string? Name, string? Email, string? Phone, ContactMethod? PreferredContact);
