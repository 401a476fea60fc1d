namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// <c>Desk:Closing</c>: ISO 10002 7.9 closes a complaint when the complainant accepts the decision, or when they give
/// no reply within a set time. This is that time.
/// </summary>
public sealed class ClosingOptions
{
    public const string Section = "Desk:Closing";

    /// <summary>Days after the decision was communicated; 0: the desk never closes a complaint for want of a reply.</summary>
    public int NoReplyAfterDays { get; set; } = 14;

    /// <summary>When a decision communicated at <paramref name="communicatedAt"/> closes its complaint unanswered; null when none ever does.</summary>
    public DateTimeOffset? NoReplyClosingAt(DateTimeOffset communicatedAt) =>
        NoReplyAfterDays > 0 ? communicatedAt.AddDays(NoReplyAfterDays) : null;

    /// <summary>At <paramref name="now"/>, the latest a decision was communicated to have had its time for a reply; null when none ever has.</summary>
    public DateTimeOffset? NoReplyDueIfSentBy(DateTimeOffset now) =>
        NoReplyAfterDays > 0 ? now.AddDays(-NoReplyAfterDays) : null;
}
