using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// The language a complainant is written to in: one the desk speaks, stored by the desk's own name for it, so
/// <c>tr</c> and <c>tr-TR</c> are one language. None given is the desk's default.
/// </summary>
internal static class ComplainantLanguage
{
    public const string Field = "complainant.language";

    /// <summary><paramref name="input"/> with its complainant's language as the desk names it; a language it does not speak goes to <paramref name="errors"/>.</summary>
    public static NewComplaint Settle(NewComplaint input, IDeskLanguages languages, FieldErrors errors) =>
        input.Complainant is { } details ? input with { Complainant = Settle(details, languages, errors) } : input;

    /// <summary>The same for the complainant's details alone.</summary>
    public static ComplainantDetails Settle(ComplainantDetails details, IDeskLanguages languages, FieldErrors errors)
    {
        if (details.Language is not { } asked)
        {
            return details;
        }

        errors.Text(Field, asked);
        var name = NewComplaintRules.Clean(asked);
        var found = languages.Find(name);
        if (name is not null && found is null)
        {
            errors.Add(Field, DeskMessage.Of(FieldKeys.NotOneOf, name, string.Join(", ", languages.Supported)));
        }

        return details with { Language = found };
    }
}
