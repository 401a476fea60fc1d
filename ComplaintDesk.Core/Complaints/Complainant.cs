using ComplaintDesk.Core.Complaints.Duplicates;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// The complainant's personal data, kept apart from the complaint (ISO 10002 4.10) so it can be
/// masked, left out of exports and anonymised on its own.
/// </summary>
public sealed class Complainant
{
    /// <summary>What an anonymised complainant is called from then on.</summary>
    public const string AnonymisedName = "Anonymised";

    private Complainant()
    {
    }

    internal Complainant(string name, string? email, string? phone, ContactMethod preferredContact, string? language, string? postalAddress)
    {
        PostalAddress = postalAddress;
        Language = language;
        Name = name;
        Email = email;
        Phone = phone;
        EmailKey = ContactKeys.Email(email);
        PhoneKey = ContactKeys.Phone(phone);
        PreferredContact = preferredContact;
    }

    public long Id { get; private set; }

    public long ComplaintId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The e-mail address as complainants are matched by it (<see cref="ContactKeys"/>), kept so the database can look it up.</summary>
    public string? EmailKey { get; private set; }

    /// <summary>The phone number's digits, as complainants are matched by it (<see cref="ContactKeys"/>).</summary>
    public string? PhoneKey { get; private set; }

    public ContactMethod PreferredContact { get; private set; }

    /// <summary>Where a letter reaches them, lines and all; null when not given.</summary>
    public string? PostalAddress { get; private set; }

    /// <summary>
    /// The culture the desk writes to them in (one it speaks); null for the desk's default. Kept on anonymising: it
    /// names nobody, and whatever the desk still shows them (the status page) stays in their language.
    /// </summary>
    public string? Language { get; private set; }

    /// <summary>When the name and contacts were erased (retention or an erasure request); null while they are kept.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>Takes the corrected details; returns what changed, by the names <see cref="ComplainantFields"/> gives them.</summary>
    internal IReadOnlyList<string> Correct(ComplainantRules.Valid details)
    {
        var changed = new List<string>();
        Change(Name, details.Name, ComplainantFields.Name, changed);
        Change(Email, details.Email, ComplainantFields.Email, changed);
        Change(Phone, details.Phone, ComplainantFields.Phone, changed);
        Change(PostalAddress, details.PostalAddress, ComplainantFields.PostalAddress, changed);
        Change(PreferredContact, details.PreferredContact, ComplainantFields.PreferredContact, changed);
        Change(Language, details.Language, ComplainantFields.Language, changed);
        (Name, Email, Phone, PostalAddress, PreferredContact, Language) =
            (details.Name, details.Email, details.Phone, details.PostalAddress, details.PreferredContact, details.Language);
        (EmailKey, PhoneKey) = (ContactKeys.Email(details.Email), ContactKeys.Phone(details.Phone));
        return changed;
    }

    private static void Change<T>(T before, T after, string field, List<string> changed)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            changed.Add(field);
        }
    }

    internal void Anonymise(DateTimeOffset at)
    {
        Name = AnonymisedName;
        Email = null;
        Phone = null;
        PostalAddress = null;
        EmailKey = null;
        PhoneKey = null;
        AnonymisedAt = at;
    }
}
