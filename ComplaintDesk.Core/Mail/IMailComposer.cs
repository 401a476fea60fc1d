namespace ComplaintDesk.Core.Mail;

/// <summary>Words a message from its facts: the kind's template in the complainant's language, its placeholders filled.</summary>
public interface IMailComposer
{
    Task<ComposedMail> ComposeAsync(MailFacts facts, CancellationToken cancellationToken);
}
