using System.Globalization;
using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Components.Layout;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Localization;

/// <summary>
/// Words what Core tells a person in the request's language: the key's words from the resources, filled with the
/// message's values, the values that are messages or the desk's choices worded first. A sentence Core gave (or stored)
/// without a key is shown as it is.
/// </summary>
public static class MessageText
{
    public static string Word(this IStringLocalizer<DeskText> text, DeskMessage message)
    {
        if (message.Key is null)
        {
            return message.Sentence!;
        }

        var values = message.Arguments.Select(text.WordValue).ToArray();
        return message.Key switch
        {
            DeskMessage.OrKey => string.Join(text[DeskMessage.OrKey].Value, values),
            DeskMessage.AndKey => text.List([.. values.Select(value => Convert.ToString(value, CultureInfo.CurrentCulture))]),
            _ => string.Format(CultureInfo.CurrentCulture, text[message.Key].Value, values),
        };
    }

    /// <summary>Field errors as an API answer or a form shows them.</summary>
    public static Dictionary<string, string[]> Word(this IStringLocalizer<DeskText> text, IReadOnlyDictionary<string, DeskMessage[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(text.Word).ToArray());

    private static object WordValue(this IStringLocalizer<DeskText> text, object value) => value switch
    {
        DeskMessage inner => text.Word(inner),
        Channel channel => text.Describe(channel),
        Priority priority => text.Describe(priority),
        ComplaintStatus status => text.Describe(status),
        RemedyType remedy => text[$"Remedy.{remedy}"].Value,
        ClosingOutcome outcome => text[$"Outcome.{outcome}"].Value,
        ClockKind clock => text.Describe(clock),
        DeskRole role => text.Describe(role),
        ApiKeyScope scope => text[$"ApiKeyScope.{scope}"].Value,
        _ => value,
    };

    // "a", "a and b", "a, b and c": the last two joined by the language's "and", the others by its comma.
    private static string List(this IStringLocalizer<DeskText> text, IReadOnlyList<string?> items) => items.Count < 2
        ? string.Concat(items)
        : string.Join(text["Core.List.Comma"].Value, items.Take(items.Count - 1)) + text[DeskMessage.AndKey].Value + items[^1];
}
