using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Core.Templates;

/// <summary>A stored template; <see cref="Version"/> is what a change must name to replace it.</summary>
public sealed record TemplateView(
    TemplatePurpose Purpose, MessageKind Kind, string Culture, string? Subject, string Body, int Version, DateTimeOffset ChangedAt, string ChangedBy);
