namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>
/// The one rule of what makes another complaint a possible duplicate: the same complainant's e-mail, else their phone,
/// else very similar words. Contacts count only for a reader who may see personal data: a match by them would tell
/// the others whose complaint it is.
/// </summary>
internal sealed class DuplicateRule
{
    private readonly string? _emailKey;
    private readonly string? _phoneKey;
    private readonly TextShingles _text;

    public DuplicateRule(DuplicateProbe probe, bool byContacts)
    {
        _emailKey = byContacts ? ContactKeys.Email(probe.Email) : null;
        _phoneKey = byContacts ? ContactKeys.Phone(probe.Phone) : null;
        _text = TextShingles.Of(probe.Description);
    }

    /// <summary>Whether there is anything to compare at all.</summary>
    public bool IsEmpty => _emailKey is null && _phoneKey is null && _text.IsEmpty;

    public DuplicateReason? Match(DuplicateCandidate candidate) =>
        _emailKey is not null && _emailKey == candidate.EmailKey ? DuplicateReason.SameEmail
        : _phoneKey is not null && _phoneKey == candidate.PhoneKey ? DuplicateReason.SamePhone
        : _text.IsSimilarTo(TextShingles.Of(candidate.Description)) ? DuplicateReason.SimilarText
        : null;
}
