using System.Text.Json.Nodes;
using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Messages;

/// <summary>
/// A message as an event's row keeps it: its key and values as JSON, so Web words a stored event in the reader's
/// language long after it happened. A choice keeps its type's name beside its value, so it comes back as itself.
/// </summary>
public static class StoredMessage
{
    private static readonly Dictionary<string, Type> _choices = new Type[]
    {
        typeof(Channel), typeof(Priority), typeof(ComplaintStatus), typeof(RemedyType), typeof(ClosingOutcome), typeof(ClockKind), typeof(DeskRole), typeof(ApiKeyScope),
    }.ToDictionary(type => type.Name, StringComparer.Ordinal);

    public static string Write(DeskMessage message) => Node(message).ToJsonString();

    public static DeskMessage Read(string stored) => Message(JsonNode.Parse(stored)!.AsObject());

    /// <summary>What a row says: its stored message, or for a row written before events had keys, its sentence as written.</summary>
    public static DeskMessage Read(string? stored, string sentence) => stored is null ? DeskMessage.Unkeyed(sentence) : Read(stored);

    /// <summary>The same for what a row may leave out: null when it holds neither.</summary>
    public static DeskMessage? ReadIfAny(string? stored, string? sentence) => sentence is null && stored is null ? null : Read(stored, sentence ?? "");

    private static JsonObject Node(DeskMessage message)
    {
        if (message.Key is null)
        {
            throw new ArgumentException("A stored message has a key; a sentence without one is only ever read.", nameof(message));
        }

        return new JsonObject { ["key"] = message.Key, ["args"] = new JsonArray([.. message.Arguments.Select(Value)]) };
    }

    private static JsonNode Value(object value) => value switch
    {
        DeskMessage inner => Node(inner),
        string text => JsonValue.Create(text),
        int number => JsonValue.Create(number),
        Enum choice when _choices.ContainsKey(choice.GetType().Name) => new JsonObject { ["choice"] = choice.GetType().Name, ["value"] = choice.ToString() },
        _ => throw new ArgumentException($"A stored message holds text, whole numbers, the desk's choices and messages, not {value.GetType().Name}.", nameof(value)),
    };

    private static DeskMessage Message(JsonObject node) =>
        DeskMessage.Of(node["key"]!.GetValue<string>(), [.. node["args"]!.AsArray().Select(value => Value(value!))]);

    private static object Value(JsonNode node) => node switch
    {
        JsonObject inner when inner["choice"] is { } choice => Choice(choice.GetValue<string>(), inner["value"]!.GetValue<string>()),
        JsonObject inner => Message(inner),
        JsonValue number when number.TryGetValue<int>(out var whole) => whole,
        _ => node.GetValue<string>(),
    };

    // A choice renamed since the row was written is read as its old name, which then shows as written.
    private static object Choice(string type, string value) =>
        _choices.TryGetValue(type, out var choices) && Enum.TryParse(choices, value, out var choice) ? choice : value;
}
