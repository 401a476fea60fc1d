using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

/// <summary>What the name of something people manage (a category, a team, a saved view) must be: there, short, printable.</summary>
public static class ManagedName
{
    public const int MaxLength = 100;

    /// <summary>The trimmed name, or null with a field error on <c>name</c>; <paramref name="what"/> is "category", "team" or "view".</summary>
    public static string? Read(string? name, DeskMessage what, FieldErrors errors, int maxLength = MaxLength)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add("name", what);
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.MaxLength("name", trimmed, maxLength);
            return null;
        }

        if (trimmed.Any(IsHidden))
        {
            errors.Add("name", DeskMessage.Of(FieldKeys.NameHasHiddenCharacter));
            return null;
        }

        return trimmed;
    }

    // Control characters and the bidirectional overrides can make a name read differently from what it is.
    private static bool IsHidden(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
