namespace ComplaintDesk.Core.Mail;

/// <summary>
/// Triggers the outbox's sending (<see cref="MailOutbox.SendDueAsync"/>) at once. The trigger carries nothing: the
/// outbox is the truth, and a lost trigger is caught by the minute's sweep.
/// </summary>
public interface IMailDispatch
{
    void SendNow();
}
