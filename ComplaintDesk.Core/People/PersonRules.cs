using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.People;

/// <summary>The shape of an account's e-mail, display name and roles.</summary>
public static class PersonRules
{
    public const int MaxDisplayNameLength = 100;

    public static string? CheckEmail(string? email, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add("email", DeskMessage.Of(DeskKeys.PersonEmailMissing));
            return null;
        }

        var trimmed = email.Trim();
        if (!ContactShapes.IsEmail(trimmed))
        {
            errors.Add("email", DeskMessage.Of(DeskKeys.PersonEmailShape));
            return null;
        }

        return trimmed.ToLowerInvariant();
    }

    public static string? CheckDisplayName(string? displayName, FieldErrors errors)
    {
        errors.RequiredText("displayName", displayName, MaxDisplayNameLength, DeskMessage.Of(DeskKeys.DisplayNameMissing));
        if (displayName is not null && displayName.Any(IsHidden))
        {
            errors.Add("displayName", DeskMessage.Of(DeskKeys.DisplayNameCharacters));
        }

        return string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
    }

    /// <summary>Role names, each one of the desk's four; at least one.</summary>
    public static IReadOnlyList<DeskRole> CheckRoles(IReadOnlyList<string>? roles, FieldErrors errors)
    {
        if (roles is null || roles.Count == 0)
        {
            errors.Add("roles", DeskMessage.Of(DeskKeys.RoleMissing, string.Join(", ", Enum.GetNames<DeskRole>())));
            return [];
        }

        var parsed = new List<DeskRole>();
        foreach (var name in roles)
        {
            if (Enum.GetNames<DeskRole>().FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                parsed.Add(Enum.Parse<DeskRole>(known));
            }
            else
            {
                errors.Add("roles", DeskMessage.Of(FieldKeys.NotOneOf, name, string.Join(", ", Enum.GetNames<DeskRole>())));
            }
        }

        return [.. parsed.Distinct().Order()];
    }

    // Control characters and bidi overrides would let a name pose as someone else's on screen.
    private static bool IsHidden(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F';
}
