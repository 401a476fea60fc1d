using ComplaintDesk.Core.Messages;
using System.Globalization;

namespace ComplaintDesk.Core.Common;

/// <summary>Collects every problem with an input so the caller hears about all of them at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<DeskMessage>> _errors = [];

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, DeskMessage message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }

        return this;
    }

    /// <summary>Adds another check's findings on the fields not named yet: the first word on a field stands.</summary>
    public FieldErrors AddUnreported(IReadOnlyDictionary<string, DeskMessage[]>? errors)
    {
        foreach (var (field, messages) in errors ?? new Dictionary<string, DeskMessage[]>())
        {
            if (!_errors.ContainsKey(field))
            {
                _errors[field] = [.. messages.Distinct()];
            }
        }

        return this;
    }

    /// <summary>The problems found so far, per field.</summary>
    public IReadOnlyDictionary<string, DeskMessage[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Refuses characters that have no place in text a person typed (<see cref="TextSafety"/>); every text check below makes it.</summary>
    public FieldErrors Text(string field, string? value)
    {
        if (!TextSafety.IsSafe(value))
        {
            Add(field, DeskMessage.Of(FieldKeys.ControlCharacters));
        }

        return this;
    }

    public FieldErrors Required(string field, string? value, DeskMessage message)
    {
        Text(field, value);
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, message);
        }

        return this;
    }

    public FieldErrors Required<T>(string field, T? value, DeskMessage message)
        where T : struct
    {
        if (value is null)
        {
            Add(field, message);
        }

        return this;
    }

    /// <summary>
    /// Reads an enum by name, ignoring case; numbers and unknown names are refused with the names that would do. A
    /// missing name reads as null, for the rules to say whether the choice may be left out.
    /// </summary>
    public T? Parse<T>(string field, string? value)
        where T : struct, Enum => Parse(field, value, Enum.GetValues<T>());

    /// <summary>Reads one of <paramref name="among"/> by name, as <see cref="Parse{T}(string, string?)"/> reads any.</summary>
    public T? Parse<T>(string field, string? value, IReadOnlyList<T> among)
        where T : struct, Enum
    {
        if (!TextSafety.IsSafe(value))
        {
            Add(field, DeskMessage.Of(FieldKeys.ControlCharacters));
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // TryParse alone would read "1" as a value and "A,B" as flags combined; only a single name will do.
        var name = value.Trim();
        if (!name.Any(c => char.IsAsciiDigit(c) || c == ',') && Enum.TryParse<T>(name, ignoreCase: true, out var parsed) && among.Contains(parsed))
        {
            return parsed;
        }

        Add(field, DeskMessage.Of(FieldKeys.NotOneOf, value.Trim(), string.Join(", ", among)));
        return null;
    }

    /// <summary>Reads an ISO 8601 instant that states its offset, so nobody's local time is guessed.</summary>
    public DateTimeOffset? ParseInstant(string field, string? value)
    {
        if (!TextSafety.IsSafe(value))
        {
            Add(field, DeskMessage.Of(FieldKeys.ControlCharacters));
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var time = text.IndexOfAny(['T', 't', ' ']);
        var hasOffset = time > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text.IndexOfAny(['+', '-'], time) > 0);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        Add(field, DeskMessage.Of(FieldKeys.IsoInstant));
        return null;
    }

    public FieldErrors MaxLength(string field, string? value, int maxLength)
    {
        Text(field, value);
        if (value is not null && value.Length > maxLength)
        {
            Add(field, DeskMessage.Of(FieldKeys.TooLong, maxLength, value.Length));
        }

        return this;
    }

    public FieldErrors RequiredText(string field, string? value, int maxLength, DeskMessage message) =>
        Required(field, value, message).MaxLength(field, value, maxLength);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InvalidInputException(ToDictionary());
        }
    }
}
