using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>Core's field errors, ready to show next to each field and summed up under the form.</summary>
public sealed class FormErrors(IReadOnlyDictionary<string, string[]> errors, string? general = null)
{
    public static FormErrors None { get; } = new(new Dictionary<string, string[]>());

    public bool Any => errors.Count > 0 || general is not null;

    public string Summary => general ?? (errors.Count == 1 ? "Please correct the field marked in red." : $"Please correct the {errors.Count} fields marked in red.");

    public static FormErrors General(string message) => new(new Dictionary<string, string[]>(), message);

    /// <summary>Field errors shown by their fields; any other refusal summed up under the form.</summary>
    public static FormErrors From(DeskException refused) =>
        refused is InvalidInputException invalid ? new FormErrors(invalid.Errors) : General(refused.Message);

    public bool Has(string field) => errors.ContainsKey(field);

    public string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
