using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>
/// Reads a complaint by its status link and makes the complainant's moves through the workflow, as
/// <see cref="Actor.Complainant"/>: the same rules, alerts and announcements as any move, in the complainant's words.
/// </summary>
public sealed class StatusPageDesk(
    IDbContextFactory<DeskDbContext> dbFactory,
    IComplaintWorkflow workflow,
    ISlaSettings sla,
    IOptions<ClosingOptions> closing,
    IOptions<AttachmentOptions> attachments,
    TimeProvider time)
    : IStatusPageDesk
{
    public async Task<StatusView?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var complaint = await FindAsync(token, now, cancellationToken);
        if (complaint is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var language = await db.Complainants.Where(p => p.ComplaintId == complaint.Id).Select(p => p.Language).SingleAsync(cancellationToken);
        var unanswered = await UnansweredDecision.HoldsAsync(db, complaint.Id, cancellationToken);
        return StatusView.Of(
            complaint, await SentToTheComplainant.ReadAsync(db, complaint.Id, cancellationToken), language,
            UnansweredDecision.ClosingAt(complaint, unanswered, closing.Value), sla, now);
    }

    public async Task<AttachmentFile?> OpenFileAsync(string token, long id, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(token, time.GetUtcNow(), cancellationToken);
        if (complaint is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Attachments.AsNoTracking()
            .Where(a => a.Id == id && a.ComplaintId == complaint.Id && a.State == AttachmentState.Kept
                        && db.TimelineEvents.Any(e => e.Id == a.EventId && SentToTheComplainant.SendingMoves.Contains(e.Move)))
            .Select(a => new AttachmentFile(a.FileName!, a.ContentType, a.Content!))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task AddInformationAsync(string token, string? text, IReadOnlyList<ArrivingFile> files, CancellationToken cancellationToken) =>
        MoveAsync(token, new ComplainantInformationCommand(text) { Attachments = attachments.Value.Admit(files) }, cancellationToken);

    public Task AcceptAsync(string token, CancellationToken cancellationToken) =>
        MoveAsync(token, new CloseCommand(ClosingOutcome.Accepted), cancellationToken);

    // The reason is asked for in the complainant's words; the move checks it again in a handler's.
    public Task RejectAsync(string token, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(token, new RejectDecisionCommand(reason), cancellationToken,
            new FieldErrors().RequiredText("reason", reason, TextLimits.MediumText, DeskMessage.Of(StatusPageKeys.ReasonMissing)));

    public Task RateAsync(string token, int? satisfaction, string? comment, CancellationToken cancellationToken) =>
        MoveAsync(token, new RecordSatisfactionCommand(satisfaction, comment), cancellationToken,
            new FieldErrors().Required("satisfaction", satisfaction, DeskMessage.Of(StatusPageKeys.SatisfactionMissing)));

    public async Task<string> TokenForAsync(string reference, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.MaySeePersonalData)
        {
            throw new NotPermittedException(DeskMessage.Of(DeskKeys.PersonalDataForSupervisors));
        }

        try
        {
            return await IssueAsync(reference, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else opened the complaint at the same moment and issued its link first: that one stands.
            return await IssueAsync(reference, cancellationToken);
        }
    }

    private async Task<string> IssueAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.Complaints.Where(c => c.Reference == reference).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(ComplaintKeys.NoSuchComplaint, reference));
        var link = await db.StatusLinkForAsync(id, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return link.Token;
    }

    private async Task MoveAsync(string token, ComplaintCommand command, CancellationToken cancellationToken, FieldErrors? errors = null)
    {
        var complaint = await FindAsync(token, time.GetUtcNow(), cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(StatusPageKeys.NoSuchLink));
        ComplainantMoves.Decide(complaint.Status, command.Move).ThrowIfRefused();
        errors?.ThrowIfAny();
        await workflow.ApplyAsync(complaint.Reference, Actor.Complainant, null, command, cancellationToken);
    }

    // One query whether the token is unknown or its link expired, so neither answers sooner than the other.
    private async Task<Complaint?> FindAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.StatusLinks.AsNoTracking()
            .Where(l => l.Token == token)
            .Join(db.Complaints, l => l.ComplaintId, c => c.Id, (_, c) => c)
            .SingleOrDefaultAsync(cancellationToken);
        return complaint is not null && StatusTokens.Works(complaint.ClosedAt, now) ? complaint : null;
    }
}
