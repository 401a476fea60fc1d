using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.People;

/// <summary>
/// What each administrative change does to an account, inside one <see cref="PeopleChange"/>: its
/// checks, Identity's steps and what the audit trail keeps. Who may ask, and one change at a
/// time, is <see cref="PeopleDesk"/>'s part.
/// </summary>
internal static class AccountChanges
{
    public static async Task<DeskUser> CreateAsync(PeopleChange change, NewPerson person)
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
            throw new MoveRefusedException(DeskMessage.Of(DeskKeys.EmailTakenBy, email!));
        }

        PasswordChecks.Ensure(await change.Users.CreateAsync(user, person.Password!));
        PasswordChecks.Ensure(await change.Users.AddToRolesAsync(user, roles.Select(r => r.ToString())));
        change.Record(DeskMessage.Of(person.MustChangePassword ? AuditKeys.PersonCreatedToChoosePassword : AuditKeys.PersonCreated, email!, name!, RoleList(roles)));
        return user;
    }

    public static async Task<DeskUser> ChangeRolesAsync(PeopleChange change, string id, IReadOnlyList<string>? roles)
    {
        var errors = new FieldErrors();
        var wanted = PersonRules.CheckRoles(roles, errors);
        errors.ThrowIfAny();
        var user = await change.FindAsync(id);
        var current = (await change.Users.GetRolesAsync(user)).ToList();
        if (!DeskCapabilities.AnyHas(wanted, DeskCapability.AdministerPeople))
        {
            await change.EnsureAnotherAdministratorAsync(user, DeskKeys.LastAdministratorDemoted);
        }

        PasswordChecks.Ensure(await change.Users.RemoveFromRolesAsync(user, current));
        PasswordChecks.Ensure(await change.Users.AddToRolesAsync(user, wanted.Select(r => r.ToString())));
        await change.Users.UpdateSecurityStampAsync(user);
        change.Record(DeskMessage.Of(AuditKeys.RolesChanged, user.Email!, RoleList(current.Order()), RoleList(wanted)));
        return user;
    }

    public static async Task<DeskUser> DeactivateAsync(PeopleChange change, string id, TimeProvider time)
    {
        var user = await change.FindAsync(id);
        if (user.IsActive)
        {
            await change.EnsureAnotherAdministratorAsync(user, DeskKeys.LastAdministratorDeactivated);
            var now = time.GetUtcNow();
            user.DeactivatedAt = now;
            await change.Users.UpdateSecurityStampAsync(user);
            // Ends their API keys too, for good: reactivating a person gives them back their sign-in, not what a system held.
            await change.Db.DeskSessions.Where(s => s.UserId == user.Id && s.EndedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now));
            change.Record(DeskMessage.Of(AuditKeys.Deactivated, user.Email!));
        }

        return user;
    }

    public static async Task<DeskUser> ActivateAsync(PeopleChange change, string id)
    {
        var user = await change.FindAsync(id);
        if (!user.IsActive)
        {
            user.DeactivatedAt = null;
            await change.Users.UpdateSecurityStampAsync(user);
            change.Record(DeskMessage.Of(AuditKeys.Reactivated, user.Email!));
        }

        return user;
    }

    public static async Task<DeskUser> ResetPasswordAsync(PeopleChange change, string id, string? password)
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
        change.Record(DeskMessage.Of(AuditKeys.PasswordReset, user.Email!));
        return user;
    }

    private static DeskMessage RoleList(IEnumerable<DeskRole> roles) => DeskMessage.AllOf(roles.Cast<object>());

    // Identity keeps roles by name; a name that is no longer a role is listed as it is.
    private static DeskMessage RoleList(IEnumerable<string> roles) =>
        DeskMessage.AllOf(roles.Select(name => Enum.TryParse<DeskRole>(name, out var role) ? role : (object)name));
}
