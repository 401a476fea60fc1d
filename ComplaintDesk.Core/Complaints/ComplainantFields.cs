namespace ComplaintDesk.Core.Complaints;

/// <summary>The complainant's details by the names a correction records them under: which changed, never to what.</summary>
public static class ComplainantFields
{
    public const string Name = "name";

    public const string Email = "email";

    public const string Phone = "phone";

    public const string PreferredContact = "preferredContact";

    public const string Language = "language";

    public const string PostalAddress = "postalAddress";
}
