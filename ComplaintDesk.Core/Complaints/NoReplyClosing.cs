using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// ISO 10002 7.9: a complaint whose complainant neither accepts nor rejects the decision, nor writes at all, within
/// <see cref="ClosingOptions.NoReplyAfterDays"/> is closed by the desk with the outcome "no reply". Each close is the
/// workflow's own move, so it is checked, recorded and announced like any other.
/// </summary>
public sealed class NoReplyClosing(
    IDbContextFactory<DeskDbContext> dbFactory, IComplaintWorkflow workflow, IOptions<ClosingOptions> options, TimeProvider time) : INoReplyClosing
{
    public async Task<int> CloseUnansweredAsync(CancellationToken cancellationToken)
    {
        var closing = options.Value;
        if (closing.NoReplyDueIfSentBy(time.GetUtcNow()) is not { } sentBy)
        {
            return 0;
        }

        List<string> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Complaints.Where(UnansweredDecision.Rule)
                .Where(c => c.DecisionCommunicatedAt <= sentBy)
                .OrderBy(c => c.Id)
                .Select(c => c.Reference)
                .ToListAsync(cancellationToken);
        }

        var closed = 0;
        foreach (var reference in due)
        {
            try
            {
                await workflow.ApplyAsync(reference, Actor.Desk, null, new CloseForNoReplyCommand(closing), cancellationToken);
                closed++;
            }
            catch (MoveRefusedException)
            {
                // The complainant answered, or someone recorded their verdict, since the list was read: theirs stands.
            }
        }

        return closed;
    }
}
