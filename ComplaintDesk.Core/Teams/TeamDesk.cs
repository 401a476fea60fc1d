using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Teams;

/// <summary>The teams, kept by administrators: names unique ignoring case (a clash is a conflict), every change audited.</summary>
public sealed class TeamDesk(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time) : ITeamDesk, ITeamMembership
{
    public async Task<IReadOnlyList<TeamView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, DeskKeys.OnlyAdministratorsSeeTeams);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReadTeamsAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TeamPerson>> PeopleAsync(Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, DeskKeys.OnlyAdministratorsSeeTeamCandidates);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = await TeamReader.PeopleOf(db.Users.Where(u => u.DeactivatedAt == null)).ToListAsync(cancellationToken);
        return [.. people.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)];
    }

    public async Task<TeamView> CreateAsync(string? name, Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, DeskKeys.OnlyAdministratorsAddTeams);
        var trimmed = ReadName(name);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureFreeAsync(db, trimmed, null, cancellationToken);
        var team = new Team(trimmed);
        db.Teams.Add(team);
        await SaveAsync(db, actor, DeskMessage.Of(AuditKeys.TeamAdded, team.Name), cancellationToken);
        return await ViewAsync(team.Id, cancellationToken);
    }

    public Task<TeamView> RenameAsync(int id, string? name, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, DeskKeys.OnlyAdministratorsRenameTeams, async (db, team) =>
        {
            var trimmed = ReadName(name);
            await EnsureFreeAsync(db, trimmed, id, cancellationToken);
            var before = team.Name;
            team.Rename(trimmed);
            return DeskMessage.Of(AuditKeys.TeamRenamed, before, team.Name);
        }, cancellationToken);

    public Task<TeamView> RetireAsync(int id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, DeskKeys.OnlyAdministratorsRetireTeams, async (db, team) =>
        {
            var categories = await db.Categories.Where(c => c.TeamId == id).Select(c => c.Name).ToListAsync(cancellationToken);
            if (!team.Active || categories.Count > 0)
            {
                throw new MoveRefusedException(team.Active
                    ? DeskMessage.Of(DeskKeys.TeamStillHasCategories, team.Name, string.Join(", ", categories.Order()))
                    : DeskMessage.Of(DeskKeys.TeamRetiredAlready, team.Name));
            }

            team.Retire(time.GetUtcNow());
            return DeskMessage.Of(AuditKeys.TeamRetired, team.Name);
        }, cancellationToken);

    public Task<TeamView> ActivateAsync(int id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, DeskKeys.OnlyAdministratorsBringTeamsBack, (_, team) =>
        {
            if (team.Active)
            {
                throw new MoveRefusedException(DeskMessage.Of(DeskKeys.TeamActiveAlready, team.Name));
            }

            team.Activate();
            return Task.FromResult(DeskMessage.Of(AuditKeys.TeamBroughtBack, team.Name));
        }, cancellationToken);

    public async Task<TeamView> SetMembersAsync(int id, IReadOnlyCollection<string>? userIds, Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, DeskKeys.OnlyAdministratorsChooseTeamMembers);
        var wanted = (userIds ?? []).Where(u => !string.IsNullOrWhiteSpace(u)).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await FindAsync(db, id, cancellationToken);
        var known = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        if (wanted.Except(known).ToList() is { Count: > 0 } unknown)
        {
            new FieldErrors().Add("userIds", DeskMessage.Of(DeskKeys.NobodyWithId, string.Join(", ", unknown))).ThrowIfAny();
        }

        team.SetMembers(wanted);
        var emails = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => u.Email).ToListAsync(cancellationToken);
        await SaveAsync(db, actor, DeskMessage.Of(AuditKeys.TeamMembers, team.Name, wanted.Count), string.Join(", ", emails.Order()), cancellationToken);
        return await ViewAsync(id, cancellationToken);
    }

    public async Task<IReadOnlyList<int>> TeamIdsOfAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TeamIdsOfAsync(userId, cancellationToken);
    }

    private async Task<TeamView> ChangeAsync(
        int id, Actor actor, string what, Func<DeskDbContext, Team, Task<DeskMessage>> change, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, what);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await FindAsync(db, id, cancellationToken);
        await SaveAsync(db, actor, await change(db, team), cancellationToken);
        return await ViewAsync(id, cancellationToken);
    }

    private async Task<TeamView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.ReadTeamsAsync(cancellationToken)).Single(t => t.Id == id);
    }

    private Task SaveAsync(DeskDbContext db, Actor actor, DeskMessage what, CancellationToken cancellationToken) =>
        SaveAsync(db, actor, what, null, cancellationToken);

    private async Task SaveAsync(DeskDbContext db, Actor actor, DeskMessage what, string? details, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(new AuditEvent(time.GetUtcNow(), actor.Email, AuditAreas.Teams, what, details));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string ReadName(string? name)
    {
        var errors = new FieldErrors();
        var trimmed = ManagedName.Read(name, DeskMessage.Of(FieldKeys.NameTheTeam), errors);
        errors.ThrowIfAny();
        return trimmed!;
    }

    private static async Task<Team> FindAsync(DeskDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(DeskKeys.NoSuchTeam, id));

    private static async Task EnsureFreeAsync(DeskDbContext db, string name, int? self, CancellationToken cancellationToken)
    {
        var names = await db.Teams.Where(t => t.Id != self).Select(t => t.Name).ToListAsync(cancellationToken);
        if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new MoveRefusedException(DeskMessage.Of(DeskKeys.TeamNameTaken, name));
        }
    }
}
