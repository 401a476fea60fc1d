using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Core.Templates;

/// <summary>
/// New words for one template. <see cref="Version"/> is the version the administrator started from: null when they
/// started from the shipped words, so a template someone saved meanwhile is not replaced unseen.
/// </summary>
public sealed record TemplateChange(TemplatePurpose Purpose, MessageKind Kind, string? Culture, string? Subject, string? Body, int? Version);
