namespace ComplaintDesk.Core.Complaints;

/// <param name="Language">The language the desk writes to them in, by a name the desk speaks (<c>tr</c>, <c>en</c>); null for the desk's own.</param>
/// <param name="PostalAddress">Where a letter reaches them, as they write it, lines and all.</param>
public sealed record ComplainantDetails(
    string? Name, string? Email, string? Phone, ContactMethod? PreferredContact, string? Language = null, string? PostalAddress = null);
