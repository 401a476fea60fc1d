namespace ComplaintDesk.Core.Complaints;

/// <summary>Closes the complaints whose decision had no reply within the set time; see <see cref="NoReplyClosing"/>.</summary>
public interface INoReplyClosing
{
    /// <returns>How many complaints it closed.</returns>
    Task<int> CloseUnansweredAsync(CancellationToken cancellationToken);
}
