using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Views;

/// <summary>
/// Saved queue views, each person's own: every read and write is limited to the actor's views, so another
/// person's view is simply not found. Refused writes throw before saving, so nothing is written.
/// </summary>
public sealed class SavedViewDesk(IDbContextFactory<DeskDbContext> dbFactory) : ISavedViewDesk
{
    public async Task<IReadOnlyList<SavedViewEntry>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await OwnedBy(db, actor).AsNoTracking().ToListAsync(cancellationToken);
        return views.OrderBy(v => v.Name, StringComparer.CurrentCultureIgnoreCase).Select(SavedViewEntry.From).ToList();
    }

    public async Task<string?> DefaultQueryAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await OwnedBy(db, actor).Where(v => v.IsDefault).Select(v => v.Query).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<SavedViewEntry> SaveAsync(Actor actor, string? name, string? query, bool makeDefault, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await OwnedBy(db, actor).ToListAsync(cancellationToken);
        var errors = new FieldErrors();
        var trimmed = SavedViewRules.ReadName(name, views, errors);
        var readQuery = SavedViewRules.ReadQuery(query, errors);
        errors.ThrowIfAny();
        SavedViewRules.EnsureRoomFor(views.Count);

        var view = new SavedView(actor.UserId, trimmed!, readQuery);
        db.SavedViews.Add(view);
        if (makeDefault)
        {
            MakeDefault(views, view);
        }

        await db.SaveChangesAsync(cancellationToken);
        return SavedViewEntry.From(view);
    }

    public async Task<SavedViewEntry> RenameAsync(Actor actor, int id, string? newName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await OwnedBy(db, actor).ToListAsync(cancellationToken);
        var view = Find(views, id);
        var errors = new FieldErrors();
        var trimmed = SavedViewRules.ReadName(newName, views.Where(v => v != view), errors);
        errors.ThrowIfAny();
        view.Rename(trimmed!);
        await db.SaveChangesAsync(cancellationToken);
        return SavedViewEntry.From(view);
    }

    public async Task SetDefaultAsync(Actor actor, int? id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await OwnedBy(db, actor).ToListAsync(cancellationToken);
        MakeDefault(views, id is { } chosen ? Find(views, chosen) : null);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(Actor actor, int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await OwnedBy(db, actor).ToListAsync(cancellationToken);
        db.SavedViews.Remove(Find(views, id));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IQueryable<SavedView> OwnedBy(DeskDbContext db, Actor actor) => db.SavedViews.Where(v => v.OwnerId == actor.UserId);

    private static void MakeDefault(IEnumerable<SavedView> views, SavedView? chosen)
    {
        foreach (var view in views)
        {
            view.MarkDefault(false);
        }

        chosen?.MarkDefault(true);
    }

    private static SavedView Find(IEnumerable<SavedView> views, int id) =>
        views.SingleOrDefault(v => v.Id == id) ?? throw new NotFoundException(DeskMessage.Of(DeskKeys.NoSuchView));
}
