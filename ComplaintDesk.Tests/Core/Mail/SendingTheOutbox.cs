using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Tests.Integration;
using MimeKit;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// The outbox writes each due message once, as one <c>.eml</c> file in the pickup folder, addressed and titled as queued;
/// sending never changes the complaint.
/// </summary>
public class SendingTheOutbox : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public SendingTheOutbox()
        : this(new SqliteDesk())
    {
    }

    protected SendingTheOutbox(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Each_due_message_is_written_to_the_pickup_folder_once()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        await _desk.Outbox.SendDueAsync(CancellationToken.None);
        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(_desk.MailFolder, "*.eml"));
        var written = await MimeMessage.LoadAsync(file);
        var queued = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal(MailDesk.Address, Assert.Single(written.To.Mailboxes).Address);
        Assert.Equal(queued.Subject, written.Subject);
        Assert.Equal(queued.Body, written.TextBody?.TrimEnd('\n'));
        Assert.Equal(reference, written.Headers["X-ComplaintDesk-Reference"]);
        Assert.Equal((MessageState.Sent, 1, _desk.Time.GetUtcNow()), (queued.State, queued.Attempts, queued.SentAt));
    }

    [Fact]
    public async Task Sending_leaves_the_complaint_as_its_move_left_it()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        var version = await MailDesk.VersionAsync(_desk, reference);

        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        Assert.Equal(version, await MailDesk.VersionAsync(_desk, reference));
    }
}
