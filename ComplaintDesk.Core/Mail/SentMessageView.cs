namespace ComplaintDesk.Core.Mail;

/// <summary>A message to the complainant as staff see it beside the timeline: what it was and how its sending went, never its address.</summary>
public sealed record SentMessageView(
    MessageKind Kind,
    MessageState State,
    DateTimeOffset QueuedAt,
    int Attempts,
    DateTimeOffset? SentAt,
    DateTimeOffset? NextAttemptAt,
    MailFailureKind? LastFailure,
    int? LastSmtpStatus);
