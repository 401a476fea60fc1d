namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// The complainant's personal data, kept apart from the complaint (ISO 10002 4.10) so it can be
/// masked, left out of exports and anonymised on its own.
/// </summary>
public sealed class Complainant
{
    private Complainant()
    {
    }

    internal Complainant(string name, string? email, string? phone, ContactMethod preferredContact)
    {
        Name = name;
        Email = email;
        Phone = phone;
        PreferredContact = preferredContact;
    }

    public long Id { get; private set; }

    public long ComplaintId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public ContactMethod PreferredContact { get; private set; }
}
