using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Core;

/// <summary>Intake data that passes every rule; tests spoil one field with <c>with</c>.</summary>
internal static class NewComplaints
{
    public static readonly ComplainantDetails Complainant =
        new("Ayşe Yılmaz", "ayse@example.com", "+90 532 111-22-33", ContactMethod.Email);

    public static NewComplaint Valid(DateTimeOffset receivedAt) => new(
        Channel: Channel.Email,
        ReceivedAt: receivedAt,
        Complainant: Complainant,
        ProductOrService: "Home delivery",
        Category: "Delivery",
        Description: "The parcel arrived two weeks late and the box was crushed.");

    /// <summary>Ece Çelik's complaint by e-mail, received as it is registered.</summary>
    public static NewComplaint ByEmail(
        string productOrService = "Call centre", string? category = null, string description = "Waited on hold.", Priority? priority = null) =>
        new(Channel.Email, null, new ComplainantDetails("Ece Çelik", "ece@example.com", null, ContactMethod.Email),
            productOrService, category, description, Priority: priority);

    /// <summary>Deniz Arslan's phone call about a kettle, in the product quality category.</summary>
    public static NewComplaint KettleByPhone(DateTimeOffset? receivedAt = null, string description = "The kettle leaks from the base.") =>
        new(Channel.Phone, receivedAt, new ComplainantDetails("Deniz Arslan", "deniz@example.com", null, ContactMethod.Email),
            "Kettle K-200", "Product quality", description);
}
