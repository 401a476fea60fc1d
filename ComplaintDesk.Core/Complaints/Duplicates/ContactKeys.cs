namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>
/// The one way two complainants' contacts are compared: an e-mail address whatever its case (invariant, so a
/// Turkish culture's dotless ı never splits "ILKER" from "ilker"), a phone number by its digits alone, so
/// "+90 532 111 22 33" and "905321112233" are the same number.
/// </summary>
public static class ContactKeys
{
    public static string? Email(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static string? Phone(string? phone)
    {
        var digits = phone is null ? "" : new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length == 0 ? null : digits;
    }
}
