namespace ComplaintDesk.Web.Mail;

/// <summary>A template's words before its placeholders are filled; a reply has no subject.</summary>
public sealed record TemplateText(string? Subject, string Body);
