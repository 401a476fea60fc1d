using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Mail;

/// <summary>
/// What a message to the complainant says, before it is worded: the values its template's placeholders name, and the
/// complainant's language (null for the desk's default).
/// </summary>
public sealed record MailFacts(
    MessageKind Kind,
    string Reference,
    string ComplainantName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DecisionExpectedBy,
    string StatusLink,
    string? Question = null,
    string? Decision = null,
    RemedyType? Remedy = null,
    string? Language = null);
