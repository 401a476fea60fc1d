using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>What the intake form holds while a handler types; Core checks it when it is sent.</summary>
public sealed class NewComplaintForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PostalAddress { get; set; }

    /// <summary>What the handler picked, kept while that way of contact is offered, and again once it is.</summary>
    public ContactMethod? ChosenContact { get; set; }

    /// <summary>The ways to reach the complainant that were given: e-mail and phone once filled in; a letter always.</summary>
    public IReadOnlyList<ContactMethod> OfferedContacts
    {
        get
        {
            var offered = new List<ContactMethod>(3);
            if (!string.IsNullOrWhiteSpace(Email))
            {
                offered.Add(ContactMethod.Email);
            }

            if (!string.IsNullOrWhiteSpace(Phone))
            {
                offered.Add(ContactMethod.Phone);
            }

            offered.Add(ContactMethod.Letter);
            return offered;
        }
    }

    /// <summary>The handler's choice while it is offered; otherwise the first contact given, e-mail before phone before address.</summary>
    public ContactMethod? PreferredContact
    {
        get
        {
            var offered = OfferedContacts;
            if (ChosenContact is { } chosen && offered.Contains(chosen))
            {
                return chosen;
            }

            return offered[0] != ContactMethod.Letter || !string.IsNullOrWhiteSpace(PostalAddress) ? offered[0] : null;
        }
    }

    /// <summary>The language the desk writes to the complainant in; the form starts from the desk's default.</summary>
    public string? Language { get; set; }

    public Channel? Channel { get; set; } = Core.Complaints.Channel.Phone;

    public DateTime? ReceivedDate { get; set; }

    public TimeSpan? ReceivedTime { get; set; }

    public string? ProductOrService { get; set; }

    public string? Category { get; set; }

    public Priority? Priority { get; set; }

    public string? Description { get; set; }

    public string? DesiredOutcome { get; set; }

    public string? SubjectStaffEmail { get; set; }

    public void ReceivedNow(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        ReceivedDate = local.Date;
        ReceivedTime = new TimeSpan(local.Hour, local.Minute, 0);
    }

    /// <summary>What came with it: a scanned letter, a photo handed in.</summary>
    public IReadOnlyList<AdmittedFile> Files { get; set; } = [];

    public NewComplaint ToNewComplaint(TimeZoneInfo zone) => new(
        Channel,
        ReceivedAt(zone),
        new ComplainantDetails(Name, Email, Phone, PreferredContact, Language, PostalAddress),
        ProductOrService,
        Category,
        Description,
        DesiredOutcome,
        Priority,
        SubjectStaffEmail)
    {
        Attachments = Files,
    };

    // The date and time are read on the desk's clock, as the handler sees it.
    private DateTimeOffset? ReceivedAt(TimeZoneInfo zone)
    {
        if (ReceivedDate is not { } date)
        {
            return null;
        }

        var local = date.Date + (ReceivedTime ?? TimeSpan.Zero);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
