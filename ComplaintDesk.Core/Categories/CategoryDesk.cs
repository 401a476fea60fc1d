using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Categories;

/// <summary>
/// The categories, kept by administrators. Names are unique ignoring case (a clash is a conflict,
/// 409); a category is never deleted, only retired; every change is an audit event.
/// </summary>
public sealed class CategoryDesk(IDbContextFactory<DeskDbContext> dbFactory, StoredSlaSettings sla, TimeProvider time) : ICategoryDesk
{
    public async Task<IReadOnlyList<CategoryView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Categories.AsNoTracking()
            .GroupJoin(db.Teams, c => c.TeamId, t => t.Id, (c, teams) => new { c, teams })
            .SelectMany(x => x.teams.DefaultIfEmpty(), (x, t) => new { x.c.Name, x.c.RetiredAt, x.c.TeamId, Team = t == null ? null : t.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CategoryView(r.Name, r.RetiredAt is null, r.TeamId, r.Team))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<CategoryView> CreateAsync(string? name, Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, DeskKeys.OnlyAdministratorsAddCategories);
        var errors = new FieldErrors();
        var trimmed = ManagedName.Read(name, DeskMessage.Of(FieldKeys.NameTheCategory), errors);
        errors.ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureFreeAsync(db, trimmed!, null, cancellationToken);
        var category = new Category(trimmed!);
        db.Categories.Add(category);
        return await SaveAsync(db, category, actor, DeskMessage.Of(AuditKeys.CategoryAdded, category.Name), cancellationToken);
    }

    public async Task<CategoryView> RenameAsync(string name, string? newName, Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, DeskKeys.OnlyAdministratorsRenameCategories);
        var errors = new FieldErrors();
        var trimmed = ManagedName.Read(newName, DeskMessage.Of(FieldKeys.NameTheCategory), errors);
        errors.ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var category = await FindAsync(db, name, cancellationToken);
        var before = category.Name;
        await EnsureFreeAsync(db, trimmed!, category.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        category.Rename(trimmed!);
        var putInForce = await sla.RenameCategoryAsync(db, before, category.Name, cancellationToken);
        var view = await SaveAsync(db, category, actor, DeskMessage.Of(AuditKeys.CategoryRenamed, before, category.Name), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        putInForce?.Invoke();
        return view;
    }

    public Task<CategoryView> RetireAsync(string name, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, actor, DeskKeys.OnlyAdministratorsRetireCategories, category =>
        {
            if (!category.Active)
            {
                throw new MoveRefusedException(DeskMessage.Of(DeskKeys.CategoryRetiredAlready, category.Name));
            }

            category.Retire(time.GetUtcNow());
            return DeskMessage.Of(AuditKeys.CategoryRetired, category.Name);
        }, cancellationToken);

    public Task<CategoryView> ActivateAsync(string name, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, actor, DeskKeys.OnlyAdministratorsBringCategoriesBack, category =>
        {
            if (category.Active)
            {
                throw new MoveRefusedException(DeskMessage.Of(DeskKeys.CategoryActiveAlready, category.Name));
            }

            category.Activate();
            return DeskMessage.Of(AuditKeys.CategoryBroughtBack, category.Name);
        }, cancellationToken);

    public async Task<CategoryView> GiveToTeamAsync(string name, int? teamId, Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, DeskKeys.OnlyAdministratorsGiveCategories);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var category = await FindAsync(db, name, cancellationToken);
        var team = teamId is null ? null : await db.Teams.FindAsync([teamId], cancellationToken);
        if (teamId is not null && team is not { Active: true })
        {
            new FieldErrors().Add("teamId", team is null ? DeskMessage.Of(DeskKeys.NoSuchTeam, teamId) : DeskMessage.Of(DeskKeys.TeamRetired, team.Name)).ThrowIfAny();
        }

        category.GiveTo(teamId);
        var what = team is null ? DeskMessage.Of(AuditKeys.CategoryToDesk, category.Name) : DeskMessage.Of(AuditKeys.CategoryToTeam, category.Name, team.Name);
        return await SaveAsync(db, category, actor, what, cancellationToken);
    }

    private async Task<CategoryView> ChangeAsync(
        string name, Actor actor, string what, Func<Category, DeskMessage> change, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, what);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var category = await FindAsync(db, name, cancellationToken);
        return await SaveAsync(db, category, actor, change(category), cancellationToken);
    }

    private async Task<CategoryView> SaveAsync(DeskDbContext db, Category category, Actor actor, DeskMessage what, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(new AuditEvent(time.GetUtcNow(), actor.Email, AuditAreas.Categories, what, null));
        await db.SaveChangesAsync(cancellationToken);
        var team = category.TeamId is { } id ? await db.Teams.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(cancellationToken) : null;
        return new CategoryView(category.Name, category.Active, category.TeamId, team);
    }

    private static async Task<Category> FindAsync(DeskDbContext db, string name, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.ToListAsync(cancellationToken);
        return categories.SingleOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException(DeskMessage.Of(DeskKeys.NoSuchCategory, name.Trim()));
    }

    private static async Task EnsureFreeAsync(DeskDbContext db, string name, int? self, CancellationToken cancellationToken)
    {
        var names = await db.Categories.Where(c => c.Id != self).Select(c => c.Name).ToListAsync(cancellationToken);
        if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new MoveRefusedException(DeskMessage.Of(DeskKeys.CategoryNameTaken, name));
        }
    }
}
