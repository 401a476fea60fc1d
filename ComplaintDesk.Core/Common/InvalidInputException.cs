using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

/// <summary>The input is missing or malformed; <see cref="Errors"/> lists the problems per field.</summary>
public sealed class InvalidInputException(IReadOnlyDictionary<string, DeskMessage[]> errors)
    : DeskException(DeskMessage.Of(FieldKeys.SomeDetailsInvalid))
{
    /// <summary>Problems given as sentences without keys, shown as they are.</summary>
    public InvalidInputException(IReadOnlyDictionary<string, string[]> errors)
        : this(errors.ToDictionary(e => e.Key, e => e.Value.Select(DeskMessage.Unkeyed).ToArray()))
    {
    }

    public IReadOnlyDictionary<string, DeskMessage[]> Errors { get; } = errors;

    public static InvalidInputException For(string field, DeskMessage message) => new(new Dictionary<string, DeskMessage[]> { [field] = [message] });

    public static InvalidInputException For(string field, string sentence) => For(field, DeskMessage.Unkeyed(sentence));
}
