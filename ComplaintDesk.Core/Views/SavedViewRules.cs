using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Views;

/// <summary>What a saved view must be: a short name of its own, a query of printable text, and not one too many.</summary>
public static class SavedViewRules
{
    public const int NameLength = 60;

    public const int QueryLength = 1_000;

    /// <summary>A person keeps this many views at most: a menu of them stays one glance long.</summary>
    public const int MaxPerPerson = 20;

    /// <summary>The trimmed name, or null with a field error on <c>name</c>; <paramref name="others"/> are the person's other views.</summary>
    public static string? ReadName(string? name, IEnumerable<SavedView> others, FieldErrors errors)
    {
        var trimmed = ManagedName.Read(name, DeskMessage.Of(FieldKeys.NameTheView), errors, NameLength);
        if (trimmed is not null && others.Any(v => v.NameKey == SavedView.KeyOf(trimmed)))
        {
            errors.Add("name", DeskMessage.Of(DeskKeys.ViewNameTaken, trimmed));
            return null;
        }

        return trimmed;
    }

    public static string ReadQuery(string? query, FieldErrors errors)
    {
        errors.MaxLength("query", query, QueryLength);
        return query?.Trim().TrimStart('?') ?? "";
    }

    public static void EnsureRoomFor(int count)
    {
        if (count >= MaxPerPerson)
        {
            throw new MoveRefusedException(DeskMessage.Of(DeskKeys.TooManyViews, MaxPerPerson));
        }
    }
}
