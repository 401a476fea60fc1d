using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Counts the outbox's triggers; a test sends with <see cref="MailOutbox.SendDueAsync"/> itself, on its own clock.</summary>
public sealed class RecordingMailDispatch : IMailDispatch
{
    private int _triggers;

    public int Triggers => _triggers;

    public void SendNow() => Interlocked.Increment(ref _triggers);
}
