using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>The decision communicated to the complainant (ISO 10002 7.8), the remedies it offers (Annex G) and the files sent with it.</summary>
public sealed record StatusDecision(string Text, IReadOnlyList<RemedyType> Remedies, DateTimeOffset CommunicatedAt, IReadOnlyList<StatusFile> Files);
