using ComplaintDesk.Core.Privacy;

namespace ComplaintDesk.Web.Jobs;

/// <summary>Every night, in the desk's time zone: complainants' personal data past the retention period is anonymised.</summary>
public sealed partial class RetentionJob(IPersonalDataErasure erasure, ILogger<RetentionJob> logger)
{
    public const string Id = "personal-data-retention";
    public const string Cron = "30 3 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var anonymised = await erasure.AnonymiseExpiredAsync(cancellationToken);
        if (anonymised > 0)
        {
            LogAnonymised(anonymised);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention anonymised the personal data of {Count} finished complaints")]
    private partial void LogAnonymised(int count);
}
