using System.Linq.Expressions;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Audit;

/// <summary>The audit's filters as database queries, so only the page asked for is read.</summary>
internal static class AuditQueries
{
    public static readonly Expression<Func<PersonalDataAccess, AccessRecordView>> AccessView =
        a => new AccessRecordView(a.At, a.UserEmail, a.Role, a.Reference, a.Action, StoredMessage.ReadIfAny(a.Message, a.Detail));

    public static IQueryable<PersonalDataAccess> Access(DeskDbContext db, AuditFilter filter)
    {
        var query = db.PersonalDataAccesses.AsNoTracking();
        if (filter.Reference is { } reference)
        {
            query = query.WhereAnyContains(reference, a => a.Reference);
        }

        if (filter.User is { } user)
        {
            query = query.WhereAnyContains(user, a => a.UserEmail);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (filter.Start is { } start)
        {
            query = query.Where(a => a.At >= start);
        }

        if (filter.End is { } end)
        {
            query = query.Where(a => a.At < end);
        }

        return query;
    }

    public static IOrderedQueryable<PersonalDataAccess> Newest(IQueryable<PersonalDataAccess> query) =>
        query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);

    /// <summary>The complaints' timelines and the desk's own audit events as one list; the desk's have no reference.</summary>
    public static IQueryable<EventRow> Events(DeskDbContext db, AuditFilter filter)
    {
        var timeline = db.TimelineEvents.AsNoTracking()
            .Join(db.Complaints, e => e.ComplaintId, c => c.Id, (e, c) => new { Event = e, c.Reference });
        var desk = db.AuditEvents.AsNoTracking();
        if (filter.Reference is { } reference)
        {
            timeline = timeline.WhereAnyContains(reference, t => t.Reference);
            desk = desk.Where(_ => false);
        }

        if (filter.User is { } user)
        {
            timeline = timeline.WhereAnyContains(user, t => t.Event.ActorEmail);
            desk = desk.WhereAnyContains(user, e => e.ActorEmail);
        }

        if (filter.Start is { } start)
        {
            timeline = timeline.Where(t => t.Event.At >= start);
            desk = desk.Where(e => e.At >= start);
        }

        if (filter.End is { } end)
        {
            timeline = timeline.Where(t => t.Event.At < end);
            desk = desk.Where(e => e.At < end);
        }

        return timeline
            .Select(t => new EventRow
            {
                At = t.Event.At,
                Actor = t.Event.ActorEmail,
                Reference = t.Reference,
                Clause = t.Event.Clause,
                Area = null,
                Summary = t.Event.Summary,
                Message = t.Event.Message,
                Text = t.Event.Text,
            })
            .Concat(desk.Select(e => new EventRow
            {
                At = e.At,
                Actor = e.ActorEmail,
                Reference = null,
                Clause = "8.5",
                Area = e.Area,
                Summary = e.Summary,
                Message = e.Message,
                Text = e.Details,
            }));
    }
}
