using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.StatusPage;

namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>The decision sent to the complainant: its text, the remedies it offers (names as in API v1) and when it was sent.</summary>
public sealed record StatusDecisionResponse(string Text, IReadOnlyList<RemedyType> Remedies, DateTimeOffset CommunicatedAt)
{
    public static StatusDecisionResponse From(StatusDecision decision) => new(decision.Text, decision.Remedies, decision.CommunicatedAt);
}
