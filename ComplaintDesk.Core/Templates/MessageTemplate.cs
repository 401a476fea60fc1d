using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Core.Templates;

/// <summary>
/// An administrator's wording of one kind of text in one language, in place of the shipped one until it is reset.
/// <see cref="Version"/> is checked on every change, so two administrators never overwrite each other unseen.
/// </summary>
public sealed class MessageTemplate
{
    private MessageTemplate()
    {
    }

    internal MessageTemplate(TemplatePurpose purpose, MessageKind kind, string culture)
    {
        Purpose = purpose;
        Kind = kind;
        Culture = culture;
    }

    public long Id { get; private set; }

    public TemplatePurpose Purpose { get; private set; }

    public MessageKind Kind { get; private set; }

    public string Culture { get; private set; } = "";

    /// <summary>A message's subject; null for a reply, which has none.</summary>
    public string? Subject { get; private set; }

    public string Body { get; private set; } = "";

    public int Version { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; } = "";

    internal void Change(string? subject, string body, DateTimeOffset at, string by)
    {
        Subject = subject;
        Body = body;
        ChangedAt = at;
        ChangedBy = by;
        Version++;
    }
}
