namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>
/// An incoming message the desk has taken, by its <see cref="MessageKey"/>: written in the same unit of work as the
/// complaint it made or added to, under a unique index, so the same message is never taken twice.
/// </summary>
public sealed class ProcessedMessage
{
    public const int KeyLength = 300;

    private ProcessedMessage()
    {
    }

    internal ProcessedMessage(string messageKey, DateTimeOffset processedAt) => (MessageKey, ProcessedAt) = (messageKey, processedAt);

    public long Id { get; private set; }

    /// <summary>The message's Message-Id, or a digest of its content when it has none (<see cref="IncomingMail"/>).</summary>
    public string MessageKey { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }
}
