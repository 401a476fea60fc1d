namespace ComplaintDesk.Core.Mail;

public enum MessageState
{
    /// <summary>Waiting for its first try, or for the next after a failed one.</summary>
    Queued,

    Sent,

    /// <summary>Every try failed; a person has to reach the complainant another way.</summary>
    Failed,
}
