using System.Globalization;
using System.Text;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// The audit's rows as CSV (RFC 4180, UTF-8). A cell that starts like a formula (= + - @, or a tab
/// or carriage return before one) gets a leading apostrophe, so a spreadsheet shows it and never runs it.
/// </summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Every access with its detail worded in the caller's language; the columns and the rest stay as they are stored.</summary>
    public static async Task WriteAccessAsync(
        IAsyncEnumerable<AccessRecordView> rows, IStringLocalizer<DeskText> text, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await WriteLineAsync(writer, ["at", "user", "role", "reference", "action", "detail"]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteLineAsync(writer, [Instant(row.At), row.User, row.Role, row.Reference, row.Action.Name(), row.Detail is { } detail ? text.Word(detail) : null]);
        }
    }

    /// <summary>Every event with its summary worded in the caller's language; the columns and the rest stay as they are stored.</summary>
    public static async Task WriteEventsAsync(
        IAsyncEnumerable<AuditEventView> rows, IStringLocalizer<DeskText> text, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await WriteLineAsync(writer, ["at", "actor", "source", "reference", "clause", "summary", "text"]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteLineAsync(writer, [Instant(row.At), row.Actor, row.Source.ToString().ToLowerInvariant(), row.Reference, row.Clause, text.Word(row.Summary), row.Text]);
        }
    }

    /// <summary>One cell as it is written: neutralised when it could start a formula, quoted when it must be.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value.TrimStart(' ', '\t', '\r', '\n') is { Length: > 0 } start && start[0] is '=' or '+' or '-' or '@'
            || value[0] is '\t' or '\r'
            ? "'" + value
            : value;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static Task WriteLineAsync(StreamWriter writer, string?[] cells) =>
        writer.WriteAsync(string.Join(',', cells.Select(Cell)) + "\r\n");
}
