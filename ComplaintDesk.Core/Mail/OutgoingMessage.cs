using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Mail;

/// <summary>
/// One message to a complainant in the outbox: written in the unit of work of the move that causes it, then tried
/// until it is sent or every try has failed (<see cref="MailRetries"/>). Sending never changes the complaint.
/// </summary>
public sealed class OutgoingMessage
{
    private OutgoingMessage()
    {
    }

    internal OutgoingMessage(long complaintId, TimelineEvent sentWith, MessageKind kind, string to, ComposedMail mail, DateTimeOffset queuedAt)
    {
        ComplaintId = complaintId;
        Event = sentWith;
        Kind = kind;
        To = to;
        Culture = mail.Culture;
        Subject = mail.Subject;
        Body = mail.Body;
        QueuedAt = queuedAt;
        NextAttemptAt = queuedAt;
    }

    public long Id { get; private set; }

    public long ComplaintId { get; private set; }

    /// <summary>The move's timeline event: the files kept with it go with the message. Null for messages queued before files could.</summary>
    public long? EventId { get; private set; }

    public MessageKind Kind { get; private set; }

    public string To { get; private set; } = "";

    /// <summary>The language it was written in.</summary>
    public string Culture { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset QueuedAt { get; private set; }

    public MessageState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>When the next try is due; null once sent or failed.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Why the last try failed; null until one has.</summary>
    public MailFailureKind? LastFailure { get; private set; }

    /// <summary>The SMTP status code of the last failed try, when a server answered.</summary>
    public int? LastSmtpStatus { get; private set; }

    /// <summary>A sender holds the message until then, so two nodes never send it twice.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    internal TimelineEvent? Event { get; private set; }

    internal void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        SentAt = at;
        State = MessageState.Sent;
        NextAttemptAt = null;
        ClaimedUntil = null;
    }

    /// <summary>The complainant's data is erased: the address and words go, and a message not sent yet never will be.</summary>
    internal void ErasePersonalData()
    {
        To = "";
        Subject = "";
        Body = "";
        ClaimedUntil = null;
        if (State == MessageState.Queued)
        {
            State = MessageState.Failed;
            NextAttemptAt = null;
            LastFailure = MailFailureKind.PersonalDataErased;
        }
    }

    internal void MarkFailed(DateTimeOffset at, MailFailure failure)
    {
        Attempts++;
        LastAttemptAt = at;
        LastFailure = failure.Kind;
        LastSmtpStatus = failure.SmtpStatus;
        ClaimedUntil = null;
        var retryAt = failure.Permanent ? null : MailRetries.NextAttemptAt(Attempts, at);
        NextAttemptAt = retryAt;
        State = retryAt is null ? MessageState.Failed : MessageState.Queued;
    }
}
