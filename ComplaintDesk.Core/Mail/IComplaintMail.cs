namespace ComplaintDesk.Core.Mail;

/// <summary>Reads a complaint's messages to its complainant.</summary>
public interface IComplaintMail
{
    /// <summary>Oldest first; empty for a complaint that sent none (or does not exist).</summary>
    Task<IReadOnlyList<SentMessageView>> ListAsync(string reference, CancellationToken cancellationToken);
}
