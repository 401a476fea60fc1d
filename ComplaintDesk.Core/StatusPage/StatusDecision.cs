using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>The decision communicated to the complainant (ISO 10002 7.8) and the remedies it offers (Annex G).</summary>
public sealed record StatusDecision(string Text, IReadOnlyList<RemedyType> Remedies, DateTimeOffset CommunicatedAt);
