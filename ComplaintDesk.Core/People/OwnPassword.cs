using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.People;

/// <summary>A person changes their own password: the current one proves it is them, the new one meets the rules.</summary>
internal static class OwnPassword
{
    public static async Task ChangeAsync(PeopleChange change, Actor actor, string? currentPassword, string? newPassword)
    {
        var user = await change.FindAsync(actor.UserId);
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(currentPassword) || !await change.Users.CheckPasswordAsync(user, currentPassword))
        {
            errors.Add("currentPassword", DeskMessage.Of(DeskKeys.NotCurrentPassword));
        }

        await PasswordChecks.CheckAsync(change.Users, user, newPassword, "newPassword", errors);
        if (!string.IsNullOrEmpty(newPassword) && newPassword == currentPassword)
        {
            errors.Add("newPassword", DeskMessage.Of(DeskKeys.SamePassword));
        }

        errors.ThrowIfAny();
        user.MustChangePassword = false;
        PasswordChecks.Ensure(await change.Users.ChangePasswordAsync(user, currentPassword!, newPassword!));
        change.Record(DeskMessage.Of(AuditKeys.OwnPasswordChanged, user.Email!));
    }
}
