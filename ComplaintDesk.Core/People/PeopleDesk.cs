using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Core.People;

/// <summary>
/// Accounts are created, given roles, deactivated and reactivated, never deleted: the history keeps their
/// names. Every change is one transaction with its audit event, and ends the person's sessions where it
/// changes what they may do (a new security stamp); what each change does is <see cref="AccountChanges"/>.
/// </summary>
public sealed class PeopleDesk(IServiceScopeFactory scopes, TimeProvider time, IStaffNames names) : IPeopleDesk, IDisposable
{
    /// <summary>Whoever runs the <c>create-admin</c> command on the server: an administrator by being there.</summary>
    public static readonly Actor CommandLine = new("command-line", "command line", DeskCapabilities.RolesWith(DeskCapability.AdministerPeople).ToHashSet());

    // One administrative change at a time, so two administrators cannot each remove the other's last colleague.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public async Task<Page<PersonView>> ListAsync(PeopleSearch search, Actor actor, CancellationToken cancellationToken)
    {
        EnsureAdministrator(actor);
        await using var scope = scopes.CreateAsyncScope();
        return await PeopleReader.ListAsync(scope.ServiceProvider.GetRequiredService<DeskDbContext>(), search, cancellationToken);
    }

    public async Task<PersonView> GetAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        EnsureAdministrator(actor);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw Missing();
        return await PeopleReader.ViewAsync(db, user, cancellationToken);
    }

    public async Task<bool> AnyoneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeskDbContext>().Users.AnyAsync(cancellationToken);
    }

    public Task<PersonView> CreateAsync(NewPerson person, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, change => AccountChanges.CreateAsync(change, person), cancellationToken);

    public Task<PersonView> ChangeRolesAsync(string id, IReadOnlyList<string>? roles, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, change => AccountChanges.ChangeRolesAsync(change, id, roles), cancellationToken);

    public Task<PersonView> DeactivateAsync(string id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, change => AccountChanges.DeactivateAsync(change, id, time), cancellationToken);

    public Task<PersonView> ActivateAsync(string id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, change => AccountChanges.ActivateAsync(change, id), cancellationToken);

    public Task ResetPasswordAsync(string id, string? password, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, change => AccountChanges.ResetPasswordAsync(change, id, password), cancellationToken);

    public async Task ChangeOwnPasswordAsync(string? currentPassword, string? newPassword, Actor actor, CancellationToken cancellationToken)
    {
        await using var change = await PeopleChange.BeginAsync(scopes, time, actor, cancellationToken);
        await OwnPassword.ChangeAsync(change, actor, currentPassword, newPassword);
        await change.CommitAsync();
    }

    /// <summary>People and their credentials are managed by those who administer people only.</summary>
    internal static void EnsureAdministrator(Actor actor)
    {
        if (!actor.Has(DeskCapability.AdministerPeople))
        {
            throw new NotPermittedException(DeskMessage.Of(DeskKeys.OnlyAdministratorsManagePeople));
        }
    }

    private static NotFoundException Missing() => new("There is no such person.");

    private async Task<PersonView> ChangeAsync(Actor actor, Func<PeopleChange, Task<DeskUser>> apply, CancellationToken cancellationToken)
    {
        EnsureAdministrator(actor);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var change = await PeopleChange.BeginAsync(scopes, time, actor, cancellationToken);
            var user = await apply(change);
            await change.CommitAsync();
            names.Forget();
            return await PeopleReader.ViewAsync(change.Db, user, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
