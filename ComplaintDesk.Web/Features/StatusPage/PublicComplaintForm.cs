using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Intake;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>The public form's fields as posted; kept when the desk refuses them, so nothing typed is lost.</summary>
public sealed class PublicComplaintForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PostalAddress { get; set; }

    public ContactMethod? PreferredContact { get; set; }

    public string? ProductOrService { get; set; }

    public string? Description { get; set; }

    public string? DesiredOutcome { get; set; }

    public PublicComplaint ToComplaint() =>
        new(new ComplainantDetails(Name, Email, Phone, PreferredContact, PostalAddress: PostalAddress), ProductOrService, Description, DesiredOutcome);
}
