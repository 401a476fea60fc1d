using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>
/// What the desk last sent the complainant that their status page shows again: the latest question and its files, and
/// the files of the latest decision. Only files the desk sent them are ever theirs to take from the page.
/// </summary>
internal sealed record SentToTheComplainant(string? Question, IReadOnlyList<StatusFile> QuestionFiles, IReadOnlyList<StatusFile> DecisionFiles)
{
    /// <summary>The moves whose files go to the complainant.</summary>
    public static readonly ComplaintMove[] SendingMoves = [ComplaintMove.AwaitComplainant, ComplaintMove.CommunicateDecision];

    public static async Task<SentToTheComplainant> ReadAsync(DeskDbContext db, long complaintId, CancellationToken cancellationToken)
    {
        var question = await LatestAsync(db, complaintId, ComplaintMove.AwaitComplainant, cancellationToken);
        var decision = await LatestAsync(db, complaintId, ComplaintMove.CommunicateDecision, cancellationToken);
        long?[] eventIds = [question?.Id, decision?.Id];
        var files = await db.Attachments.AsNoTracking()
            .Where(a => eventIds.Contains(a.EventId) && a.State == AttachmentState.Kept)
            .OrderBy(a => a.Id)
            .Select(a => new { a.EventId, File = new StatusFile(a.Id, a.FileName!, a.Size) })
            .ToListAsync(cancellationToken);
        return new SentToTheComplainant(
            question?.Text,
            [.. files.Where(f => f.EventId == question?.Id).Select(f => f.File)],
            [.. files.Where(f => f.EventId == decision?.Id).Select(f => f.File)]);
    }

    private static Task<SentEvent?> LatestAsync(DeskDbContext db, long complaintId, ComplaintMove move, CancellationToken cancellationToken) =>
        db.TimelineEvents.AsNoTracking()
            .Where(e => e.ComplaintId == complaintId && e.Move == move)
            .OrderByDescending(e => e.Id)
            .Select(e => new SentEvent(e.Id, e.Text))
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record SentEvent(long Id, string? Text);
}
