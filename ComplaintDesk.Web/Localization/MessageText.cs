using System.Globalization;
using ComplaintDesk.Core.Messages;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Localization;

/// <summary>
/// Words what Core tells a person in the request's language: the key's words from the resources, filled with the
/// message's values, the values that are messages worded first. A sentence Core gave without a key is shown as it is.
/// </summary>
public static class MessageText
{
    public static string Word(this IStringLocalizer<DeskText> text, DeskMessage message)
    {
        if (message.Key is null)
        {
            return message.Sentence!;
        }

        var values = message.Arguments.Select(value => value is DeskMessage inner ? text.Word(inner) : value).ToArray();
        return message.Key == DeskMessage.OrKey
            ? string.Join(text[DeskMessage.OrKey].Value, values)
            : string.Format(CultureInfo.CurrentCulture, text[message.Key].Value, values);
    }

    /// <summary>Field errors as an API answer or a form shows them.</summary>
    public static Dictionary<string, string[]> Word(this IStringLocalizer<DeskText> text, IReadOnlyDictionary<string, DeskMessage[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(text.Word).ToArray());
}
