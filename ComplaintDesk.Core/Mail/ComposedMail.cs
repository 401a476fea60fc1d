namespace ComplaintDesk.Core.Mail;

/// <summary>A message's words, in the language they were written in.</summary>
public sealed record ComposedMail(string Culture, string Subject, string Body);
