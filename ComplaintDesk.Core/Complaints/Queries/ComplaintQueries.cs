using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Search;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>Reads complaints as read-only projections, with personal data only for the roles that may see it.</summary>
public sealed class ComplaintQueries(
    IDbContextFactory<DeskDbContext> dbFactory, IComplaintTextIndex textIndex, ISlaSettings sla, IOptions<ClosingOptions> closing, TimeProvider time)
    : IComplaintQueries
{
    public async Task<ComplaintDetails> GetAsync(string reference, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking()
            .Include(c => c.Category)
            .Include(c => c.Complainant)
            .Include(c => c.Timeline)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(ComplaintKeys.NoSuchComplaint, reference));
        var attachments = await AttachmentViews.OfAsync(db, complaint.Id, actor.MaySeePersonalData, cancellationToken);
        return ToDetails(complaint, actor.MaySeePersonalData, attachments, complaint.ClocksAt(sla, time.GetUtcNow()),
            UnansweredDecision.ClosingAt(complaint, UnansweredDecision.Holds(complaint), closing.Value));
    }

    public async Task<Page<ComplaintSummary>> ListAsync(ComplaintSearch search, Actor actor, CancellationToken cancellationToken)
    {
        var filter = ComplaintFilter.From(search, actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var showName = actor.MaySeePersonalData;
        var query = Filter(db, filter, searchNames: showName);
        if (filter.MyTeams)
        {
            var teams = await db.TeamIdsOfAsync(actor.UserId, cancellationToken);
            query = query.Where(c => c.TeamId != null && teams.Contains(c.TeamId.Value));
        }

        var total = await query.CountAsync(cancellationToken);
        // Counted in long: a page far past the end (up to int.MaxValue) must not wrap round to a real offset.
        var offset = (long)(filter.Page - 1) * filter.PageSize;
        if (offset >= total)
        {
            return new Page<ComplaintSummary>([], total);
        }

        // The page's ids first, then its rows: sorting only ids keeps the sort narrow when thousands of
        // complaints match, instead of carrying every shown column of every match through it.
        var ids = await filter.Sort.Apply(query, db)
            .Skip((int)offset)
            .Take(filter.PageSize)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var items = await filter.Sort.Apply(db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id)), db)
            .Select(SummaryProjection.For(db, showName))
            .ToListAsync(cancellationToken);
        return new Page<ComplaintSummary>(await RowClocks.AttachAsync(db, items, sla, time.GetUtcNow(), cancellationToken), total);
    }

    /// <param name="searchNames">Whether text search may look at complainant names (only for roles that may see them).</param>
    private IQueryable<Complaint> Filter(DeskDbContext db, ComplaintFilter filter, bool searchNames)
    {
        var query = db.Complaints.AsNoTracking();
        if (filter.Statuses.Count > 0)
        {
            query = query.Where(c => filter.Statuses.Contains(c.Status));
        }

        if (filter.Priorities.Count > 0)
        {
            query = query.Where(c => filter.Priorities.Contains(c.Priority));
        }

        query = filter.Assignee switch
        {
            AssigneeFilter.Nobody => query.Where(c => c.AssigneeEmail == null),
            AssigneeFilter.Person => query.Where(c => c.AssigneeEmail == filter.AssigneeEmail),
            _ => query,
        };

        if (filter.Text is { } text)
        {
            var matching = textIndex.Containing(db, SearchText.Fold(text), searchNames);
            query = query.Where(c => matching.Contains(c.Id));
        }

        return query;
    }

    private static ComplaintDetails ToDetails(
        Complaint c, bool showPersonalData, ILookup<long, AttachmentView> attachments, IReadOnlyList<SlaClock> clocks, DateTimeOffset? closesWithoutReplyAt) => new(
        c.Reference, c.Status, c.Priority, c.Category?.Name, c.Version,
        new ComplaintIntake(c.Channel, c.ReceivedAt, c.RegisteredAt, c.AcknowledgedAt, c.ProductOrService, c.Description, c.DesiredOutcome),
        new ComplaintAssignment(c.AssigneeEmail, c.FirstHandlerEmail, c.SubjectStaffEmail, c.EscalationLevel, c.BarredFromDeciding),
        new ComplaintDecision(c.Remedy, c.ResponseText, c.DecisionChannel, c.DecisionText, c.DecisionCommunicatedAt, closesWithoutReplyAt),
        new ComplaintClosing(c.Outcome, c.Satisfaction, c.SatisfactionComment, c.RootCause, c.ClosedAt, c.CorrectiveAction),
        clocks,
        c.Timeline.OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new TimelineEntry(e.At, e.ActorEmail, e.Move, e.Clause, e.FromStatus, e.ToStatus, e.What, e.Text) { Attachments = [.. attachments[e.Id]] })
            .ToList(),
        showPersonalData || c.Complainant.AnonymisedAt is not null
            ? new ComplainantView(
                c.Complainant.Name, c.Complainant.Email, c.Complainant.Phone, c.Complainant.PreferredContact, c.Complainant.AnonymisedAt, c.Complainant.PostalAddress)
            : null,
        c.Complainant.Language);
}
