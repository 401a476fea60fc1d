using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.StatusPage;

namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>
/// The decision sent to the complainant: its text, the remedies it offers (names as in API v1), when it was sent, and the
/// files sent with it <c>[{ id, name, size, url }]</c>.
/// </summary>
public sealed record StatusDecisionResponse(string Text, IReadOnlyList<RemedyType> Remedies, DateTimeOffset CommunicatedAt, IReadOnlyList<StatusFileResponse> Files)
{
    public static StatusDecisionResponse From(StatusDecision decision, string token) => new(
        decision.Text, decision.Remedies, decision.CommunicatedAt, [.. decision.Files.Select(file => StatusFileResponse.From(file, token))]);
}
