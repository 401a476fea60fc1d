using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// The complainant of a <see cref="RegisterComplaintRequest"/>; the preferred way of contact arrives as a name, the
/// language the desk writes to them in (optional: the desk's default) as <c>tr</c>, <c>en</c> or a culture name, and
/// (optional) the postal address a letter reaches them at. Fields added later come last.
/// </summary>
public sealed record ComplainantRequest(
    string? Name, string? Email, string? Phone, string? PreferredContact, string? Language = null, string? PostalAddress = null)
{
    public ComplainantDetails ToDetails(FieldErrors unreadable) =>
        new(Name, Email, Phone, unreadable.Parse<ContactMethod>("complainant.preferredContact", PreferredContact), Language, PostalAddress);
}
