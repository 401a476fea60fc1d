using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>Core's field errors, ready to show next to each field and summed up under the form.</summary>
public sealed class FormErrors(IReadOnlyDictionary<string, string[]> errors, string? general = null)
{
    public static FormErrors None { get; } = new(new Dictionary<string, string[]>());

    public bool Any => errors.Count > 0 || general is not null;

    public string Summary(IStringLocalizer<DeskText> text) =>
        general ?? (errors.Count == 1 ? text["Form.CorrectOneField"] : text["Form.CorrectFields", errors.Count]);

    public static FormErrors General(string message) => new(new Dictionary<string, string[]>(), message);

    /// <summary>Field errors shown by their fields; any other refusal summed up under the form; in the person's language.</summary>
    public static FormErrors From(IStringLocalizer<DeskText> text, DeskException refused) =>
        refused is InvalidInputException invalid ? new FormErrors(text.Word(invalid.Errors)) : General(text.Word(refused.Text));

    /// <summary>Every problem of a refusal as one paragraph, where there are no fields to show them beside (a filter, a period).</summary>
    public static string AllOf(IStringLocalizer<DeskText> text, InvalidInputException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return string.Join(" ", refused.Errors.SelectMany(e => e.Value).Select(text.Word));
    }

    public bool Has(string field) => errors.ContainsKey(field);

    public string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
