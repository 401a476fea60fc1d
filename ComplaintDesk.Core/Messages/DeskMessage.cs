namespace ComplaintDesk.Core.Messages;

/// <summary>
/// Something Core tells a person (a refusal, a field error), as a stable key and the values it names: Web words it in
/// the person's language. An argument may be a message itself (a move's verb, a status) or one of the desk's choices (a
/// channel, a priority), which Web words too; <see cref="AnyOf"/> lists several as alternatives, <see cref="AllOf"/> as
/// a whole. A sentence not given a key (or stored before it had one) passes through unchanged.
/// </summary>
public sealed class DeskMessage : IEquatable<DeskMessage>
{
    /// <summary>The key of <see cref="AnyOf"/>: its arguments are the alternatives, its words what joins them.</summary>
    public const string OrKey = "Core.List.Or";

    /// <summary>The key of <see cref="AllOf"/>: its arguments are the items, worded as the language lists them.</summary>
    public const string AndKey = "Core.List.And";

    private DeskMessage(string? key, string? sentence, IReadOnlyList<object> arguments) =>
        (Key, Sentence, Arguments) = (key, sentence, arguments);

    /// <summary>Null for a sentence without a key.</summary>
    public string? Key { get; }

    /// <summary>The words of a message without a key, shown as they are.</summary>
    public string? Sentence { get; }

    public IReadOnlyList<object> Arguments { get; }

    public static DeskMessage Of(string key, params object[] arguments) => new(key, null, arguments);

    public static DeskMessage Unkeyed(string sentence) => new(null, sentence, []);

    public static DeskMessage AnyOf(IEnumerable<DeskMessage> alternatives) => new(OrKey, null, [.. alternatives]);

    public static DeskMessage AllOf(IEnumerable<object> items) => new(AndKey, null, [.. items]);

    public bool Equals(DeskMessage? other) =>
        other is not null && Key == other.Key && Sentence == other.Sentence && Arguments.SequenceEqual(other.Arguments);

    public override bool Equals(object? obj) => Equals(obj as DeskMessage);

    public override int GetHashCode() => HashCode.Combine(Key, Sentence, Arguments.Count);

    /// <summary>The key and its values, for logs and tests; what a person reads is worded by Web.</summary>
    public override string ToString() => Sentence ?? (Arguments.Count == 0 ? Key! : $"{Key}({string.Join(", ", Arguments)})");
}
