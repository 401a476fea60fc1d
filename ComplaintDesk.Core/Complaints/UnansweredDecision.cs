using System.Linq.Expressions;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// A decision that waits for the complainant's verdict and has had no word from them since it was sent: the only kind
/// the desk closes for want of a reply (ISO 10002 7.9). Anything they write after it (an e-mail reply, information
/// added on the status page) is a reply, and the handler reads it and records the verdict it gives.
/// </summary>
public static class UnansweredDecision
{
    /// <summary>The rule, for a query over complaints; <see cref="Holds"/> is the same rule over one whose timeline is loaded.</summary>
    public static Expression<Func<Complaint, bool>> Rule { get; } = complaint =>
        complaint.Status == ComplaintStatus.DecisionCommunicated
        && !complaint.Timeline.Any(e => e.Move == ComplaintMove.ComplainantInformation && e.At >= complaint.DecisionCommunicatedAt);

    private static readonly Func<Complaint, bool> _compiled = Rule.Compile();

    public static bool Holds(Complaint complaint) => _compiled(complaint);

    /// <summary>The rule, read from the database for a complaint whose timeline is not loaded.</summary>
    public static Task<bool> HoldsAsync(DeskDbContext db, long complaintId, CancellationToken cancellationToken) =>
        db.Complaints.Where(c => c.Id == complaintId).AnyAsync(Rule, cancellationToken);

    /// <summary>When the desk closes <paramref name="complaint"/> for want of a reply; null when it will not.</summary>
    /// <param name="unanswered">Whether the rule holds for it.</param>
    public static DateTimeOffset? ClosingAt(Complaint complaint, bool unanswered, ClosingOptions closing) =>
        unanswered && complaint.DecisionCommunicatedAt is { } sent ? closing.NoReplyClosingAt(sent) : null;
}
