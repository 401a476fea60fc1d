using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Web.Jobs;

/// <summary>Every hour: complaints whose decision had no reply within the set time are closed (ISO 10002 7.9).</summary>
public sealed partial class NoReplyClosingJob(INoReplyClosing closing, ILogger<NoReplyClosingJob> logger)
{
    public const string Id = "no-reply-closing";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var closed = await closing.CloseUnansweredAsync(cancellationToken);
        if (closed > 0)
        {
            LogClosed(closed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} complaints whose decision had no reply in time")]
    private partial void LogClosed(int count);
}
