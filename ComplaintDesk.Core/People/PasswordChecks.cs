using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;

namespace ComplaintDesk.Core.People;

/// <summary>Runs Identity's password rules before anything is written, so every problem is a field error.</summary>
internal static class PasswordChecks
{
    public static async Task CheckAsync(UserManager<DeskUser> users, DeskUser user, string? password, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, DeskMessage.Of(DeskKeys.PasswordMissing));
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                errors.Add(field, DeskMessage.Unkeyed(error.Description));
            }
        }
    }

    /// <summary>Anything Identity still refuses after the checks above; a taken e-mail is a conflict.</summary>
    public static void Ensure(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            throw new MoveRefusedException(DeskMessage.Of(DeskKeys.EmailTaken));
        }

        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(FieldOf(error.Code), DeskMessage.Unkeyed(error.Description));
        }

        errors.ThrowIfAny();
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "email"
        : code.Contains("Role", StringComparison.Ordinal) ? "roles"
        : "body";
}
