using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Complaints;

/// <summary>The complainant's details (Annex C): a name, and a way to reach them in the way they prefer.</summary>
internal static class ComplainantRules
{
    public sealed record Valid(string Name, string? Email, string? Phone, ContactMethod PreferredContact);

    public static Valid? Read(ComplainantDetails? details, FieldErrors errors)
    {
        if (details is null)
        {
            errors.Add("complainant", "Enter the complainant's details.");
            return null;
        }

        errors.RequiredText("complainant.name", details.Name, TextLimits.Name, "Enter the complainant's name.");
        var preferred = details.PreferredContact;
        errors.Required("complainant.preferredContact", preferred, "Choose how the complainant prefers to be contacted.");
        errors.Text("complainant.email", details.Email).Text("complainant.phone", details.Phone);
        var email = NewComplaintRules.Clean(details.Email);
        var phone = NewComplaintRules.Clean(details.Phone);
        if (email is not null && !ContactShapes.IsEmail(email))
        {
            errors.Add("complainant.email", "Enter an e-mail address like name@example.com.");
        }

        if (phone is not null && !ContactShapes.IsPhone(phone))
        {
            errors.Add("complainant.phone", "Enter a phone number of 7 to 20 digits; it may start with + and contain spaces or dashes.");
        }

        if (preferred == ContactMethod.Email && email is null)
        {
            errors.Add("complainant.email", "Enter an e-mail address: it is the preferred way to contact the complainant.");
        }

        if (preferred == ContactMethod.Phone && phone is null)
        {
            errors.Add("complainant.phone", "Enter a phone number: it is the preferred way to contact the complainant.");
        }

        return preferred is null || NewComplaintRules.Clean(details.Name) is not { } name
            ? null
            : new Valid(name, email, phone, preferred.Value);
    }
}
