using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Core.People;

/// <summary>
/// Accounts are created, given roles, deactivated and reactivated, never deleted: the history keeps their
/// names. Every change is one transaction with its audit event, and ends the person's sessions where it
/// changes what they may do (a new security stamp).
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
        ChangeAsync(actor, async change =>
        {
            var errors = new FieldErrors();
            var email = PersonRules.CheckEmail(person.Email, errors);
            var name = PersonRules.CheckDisplayName(person.DisplayName, errors);
            var roles = PersonRules.CheckRoles(person.Roles, errors);
            var user = new DeskUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name ?? "", MustChangePassword = person.MustChangePassword };
            await PasswordChecks.CheckAsync(change.Users, user, person.Password, "password", errors);
            errors.ThrowIfAny();
            if (await change.Users.FindByEmailAsync(email!) is not null)
            {
                throw new MoveRefusedException($"Someone already has an account with {email}.");
            }

            PasswordChecks.Ensure(await change.Users.CreateAsync(user, person.Password!));
            PasswordChecks.Ensure(await change.Users.AddToRolesAsync(user, roles.Select(r => r.ToString())));
            change.Record($"Created {email} ({name}) as {RoleList(roles)}{(person.MustChangePassword ? ", to choose a password at first sign-in" : "")}");
            return user;
        }, cancellationToken);

    public Task<PersonView> ChangeRolesAsync(string id, IReadOnlyList<string>? roles, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, async change =>
        {
            var errors = new FieldErrors();
            var wanted = PersonRules.CheckRoles(roles, errors);
            errors.ThrowIfAny();
            var user = await change.FindAsync(id);
            var current = (await change.Users.GetRolesAsync(user)).ToList();
            if (!DeskCapabilities.AnyHas(wanted, DeskCapability.AdministerPeople))
            {
                await change.EnsureAnotherAdministratorAsync(user, "demoted");
            }

            PasswordChecks.Ensure(await change.Users.RemoveFromRolesAsync(user, current));
            PasswordChecks.Ensure(await change.Users.AddToRolesAsync(user, wanted.Select(r => r.ToString())));
            await change.Users.UpdateSecurityStampAsync(user);
            change.Record($"Changed the roles of {user.Email} from {string.Join(", ", current.Order())} to {RoleList(wanted)}");
            return user;
        }, cancellationToken);

    public Task<PersonView> DeactivateAsync(string id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, async change =>
        {
            var user = await change.FindAsync(id);
            if (user.IsActive)
            {
                await change.EnsureAnotherAdministratorAsync(user, "deactivated");
                user.DeactivatedAt = time.GetUtcNow();
                await change.Users.UpdateSecurityStampAsync(user);
                change.Record($"Deactivated {user.Email}");
            }

            return user;
        }, cancellationToken);

    public Task<PersonView> ActivateAsync(string id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, async change =>
        {
            var user = await change.FindAsync(id);
            if (!user.IsActive)
            {
                user.DeactivatedAt = null;
                await change.Users.UpdateSecurityStampAsync(user);
                change.Record($"Reactivated {user.Email}");
            }

            return user;
        }, cancellationToken);

    public Task ResetPasswordAsync(string id, string? password, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, async change =>
        {
            var user = await change.FindAsync(id);
            var errors = new FieldErrors();
            await PasswordChecks.CheckAsync(change.Users, user, password, "password", errors);
            errors.ThrowIfAny();
            user.PasswordHash = change.Users.PasswordHasher.HashPassword(user, password!);
            user.MustChangePassword = true;
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
            await change.Users.UpdateSecurityStampAsync(user);
            change.Record($"Reset the password of {user.Email}; they choose a new one at their next sign-in");
            return user;
        }, cancellationToken);

    public async Task ChangeOwnPasswordAsync(string? currentPassword, string? newPassword, Actor actor, CancellationToken cancellationToken)
    {
        await using var change = await PeopleChange.BeginAsync(scopes, time, actor, cancellationToken);
        await OwnPassword.ChangeAsync(change, actor, currentPassword, newPassword);
        await change.CommitAsync();
    }

    private static void EnsureAdministrator(Actor actor)
    {
        if (!actor.Has(DeskCapability.AdministerPeople))
        {
            throw new NotPermittedException("Only administrators manage people.");
        }
    }

    private static NotFoundException Missing() => new("There is no such person.");

    private static string RoleList(IReadOnlyList<DeskRole> roles) => string.Join(", ", roles);

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
