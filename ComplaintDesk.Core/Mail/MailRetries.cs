namespace ComplaintDesk.Core.Mail;

/// <summary>How long the outbox waits before trying a failed message again, and when it gives up.</summary>
public static class MailRetries
{
    // About two hours from the first try to the last: long enough for a mail server's restart or a short
    // outage, short enough that a handler learns the complainant was not reached on the same working day.
    private static readonly TimeSpan[] _waits =
    [
        TimeSpan.FromSeconds(30),
        TimeSpan.FromMinutes(2),
        TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromMinutes(60),
    ];

    /// <summary>Tries in all, the first included.</summary>
    public static int Attempts => _waits.Length + 1;

    /// <summary>When to try again after <paramref name="attemptsMade"/> failed tries, the last at <paramref name="at"/>; null: no more.</summary>
    public static DateTimeOffset? NextAttemptAt(int attemptsMade, DateTimeOffset at) =>
        attemptsMade < Attempts ? at + _waits[attemptsMade - 1] : null;
}
