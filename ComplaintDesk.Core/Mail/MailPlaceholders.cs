using System.Text.RegularExpressions;
using ComplaintDesk.Core.Templates;

namespace ComplaintDesk.Core.Mail;

/// <summary>
/// The <c>{name}</c> placeholders a message template may use, which of them each kind must use, and how they are
/// filled. A template that names a placeholder its kind does not know, or leaves out one it must say, is refused on save.
/// </summary>
public static partial class MailPlaceholders
{
    public const string Reference = "reference";
    public const string Name = "name";
    public const string ReceivedAt = "receivedAt";
    public const string DecisionExpectedBy = "decisionExpectedBy";
    public const string StatusLink = "statusLink";
    public const string Question = "question";
    public const string Decision = "decision";
    public const string Remedy = "remedy";

    private static readonly string[] _everyKind = [Reference, Name, ReceivedAt, DecisionExpectedBy, StatusLink];
    private static readonly string[] _inReply = [Reference, Name, ReceivedAt, DecisionExpectedBy];

    /// <summary>The placeholders a kind's template may use.</summary>
    public static IReadOnlyList<string> Known(MessageKind kind) => kind switch
    {
        MessageKind.InformationRequest => [.. _everyKind, Question],
        MessageKind.Decision => [.. _everyKind, Decision, Remedy],
        _ => _everyKind,
    };

    /// <summary>
    /// What the body must say: the link, and each kind's point (the date to expect, the question, the decision). The
    /// subject must carry the reference, so a reply finds its complaint.
    /// </summary>
    public static IReadOnlyList<string> RequiredInBody(MessageKind kind) => kind switch
    {
        MessageKind.Acknowledgement => [StatusLink, DecisionExpectedBy],
        MessageKind.InformationRequest => [StatusLink, Question],
        _ => [StatusLink, Decision],
    };

    /// <summary>What a subject must say: the reference, so a reply finds its complaint.</summary>
    public static IReadOnlyList<string> RequiredInSubject { get; } = [Reference];

    /// <summary>
    /// The placeholders a template for <paramref name="purpose"/> may use. A handler's reply is the question or the
    /// decision itself and sits in a dialog, so it knows what the complaint already says but not the status link.
    /// </summary>
    public static IReadOnlyList<string> Known(TemplatePurpose purpose, MessageKind kind) => purpose == TemplatePurpose.Mail
        ? Known(kind)
        : kind == MessageKind.Decision ? [.. _inReply, Remedy] : _inReply;

    /// <summary>What a template's body must say: a message what <see cref="RequiredInBody(MessageKind)"/> says; a reply nothing.</summary>
    public static IReadOnlyList<string> RequiredInBody(TemplatePurpose purpose, MessageKind kind) =>
        purpose == TemplatePurpose.Mail ? RequiredInBody(kind) : [];

    /// <summary>Every placeholder <paramref name="template"/> names, in order of first use.</summary>
    public static IReadOnlyList<string> Named(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The template with each known placeholder replaced by its value; anything else is left as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
