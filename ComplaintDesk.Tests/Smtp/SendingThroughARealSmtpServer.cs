using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Smtp;

/// <summary>With <c>Desk:Mail:Smtp:Host</c> set, the outbox sends through that server: the message arrives as queued.</summary>
public sealed class SendingThroughARealSmtpServer : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync()
    {
        foreach (var (key, value) in TestSmtp.Settings())
        {
            _desk.Configured[key] = value;
        }

        return _desk.InitializeAsync();
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task An_acknowledgement_arrives_addressed_titled_and_worded_as_queued()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        var queued = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        var arrived = await TestSmtp.ReceivedAsync(reference);
        Assert.Equal(MessageState.Sent, queued.State);
        Assert.Equal(MailDesk.Address, Assert.Single(arrived.To.Mailboxes).Address);
        Assert.Equal("complaints@complaintdesk.invalid", Assert.Single(arrived.From.Mailboxes).Address);
        Assert.Equal(queued.Subject, arrived.Subject);
        Assert.Equal(queued.Body, arrived.TextBody?.TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
        Assert.Equal("en", arrived.Body?.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Empty(Directory.Exists(_desk.MailFolder) ? Directory.GetFiles(_desk.MailFolder) : []);
    }
}
