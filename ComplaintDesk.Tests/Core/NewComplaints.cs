using System.Globalization;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Core;

/// <summary>Intake data that passes every rule; tests spoil one field with <c>with</c>.</summary>
internal static class NewComplaints
{
    public static readonly ComplainantDetails Complainant =
        new("Ayşe Yılmaz", "ayse@example.com", "+90 532 111-22-33", "Email");

    public static NewComplaint Valid(DateTimeOffset receivedAt) => new(
        Channel: "Email",
        ReceivedAt: Iso(receivedAt),
        Complainant: Complainant,
        ProductOrService: "Home delivery",
        Category: "Delivery",
        Description: "The parcel arrived two weeks late and the box was crushed.");

    public static string Iso(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
