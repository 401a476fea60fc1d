using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// The complainant's details (Annex C): a name, and a way to reach them in the way they prefer. A postal address is
/// asked for but not required for a letter: intake bodies that were valid before it existed stay valid.
/// </summary>
internal static class ComplainantRules
{
    public sealed record Valid(string Name, string? Email, string? Phone, ContactMethod PreferredContact, string? Language, string? PostalAddress);

    public static Valid? Read(ComplainantDetails? details, FieldErrors errors)
    {
        if (details is null)
        {
            errors.Add("complainant", DeskMessage.Of(ComplaintKeys.ComplainantDetails));
            return null;
        }

        errors.RequiredText("complainant.name", details.Name, TextLimits.Name, DeskMessage.Of(ComplaintKeys.ComplainantName));
        var preferred = details.PreferredContact;
        errors.Required("complainant.preferredContact", preferred, DeskMessage.Of(ComplaintKeys.PreferredContact));
        errors.Text("complainant.email", details.Email).Text("complainant.phone", details.Phone)
            .MaxLength("complainant.postalAddress", details.PostalAddress, TextLimits.MediumText);
        var email = NewComplaintRules.Clean(details.Email);
        var phone = NewComplaintRules.Clean(details.Phone);
        if (email is not null && !ContactShapes.IsEmail(email))
        {
            errors.Add("complainant.email", DeskMessage.Of(ComplaintKeys.EmailShape));
        }

        if (phone is not null && !ContactShapes.IsPhone(phone))
        {
            errors.Add("complainant.phone", DeskMessage.Of(ComplaintKeys.PhoneShape));
        }

        if (preferred == ContactMethod.Email && email is null)
        {
            errors.Add("complainant.email", DeskMessage.Of(ComplaintKeys.EmailPreferred));
        }

        if (preferred == ContactMethod.Phone && phone is null)
        {
            errors.Add("complainant.phone", DeskMessage.Of(ComplaintKeys.PhonePreferred));
        }

        return preferred is null || NewComplaintRules.Clean(details.Name) is not { } name
            ? null
            : new Valid(name, email, phone, preferred.Value, NewComplaintRules.Clean(details.Language), NewComplaintRules.Clean(details.PostalAddress));
    }
}
