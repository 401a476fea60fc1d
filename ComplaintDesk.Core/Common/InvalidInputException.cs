namespace ComplaintDesk.Core.Common;

/// <summary>The input is missing or malformed; <see cref="Errors"/> lists the problems per field.</summary>
public sealed class InvalidInputException(IReadOnlyDictionary<string, string[]> errors)
    : DeskException("Some details are missing or not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static InvalidInputException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
