using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// Anonymising a complainant erases the address and words of their messages too; a message not sent yet never leaves.
/// </summary>
public sealed class ErasingTheComplainantsMail : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_sent_message_keeps_its_kind_and_times_but_not_the_address_or_the_words()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        await AnonymiseAsync(reference);

        var message = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal((MessageKind.Acknowledgement, MessageState.Sent, "", "", ""), (message.Kind, message.State, message.To, message.Subject, message.Body));
        Assert.NotNull(message.SentAt);
    }

    [Fact]
    public async Task A_message_still_queued_is_never_sent()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        await AnonymiseAsync(reference);
        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        var message = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal((MessageState.Failed, MailFailureKind.PersonalDataErased, ""), (message.State, message.LastFailure, message.To));
        Assert.False(Directory.Exists(_desk.MailFolder) && Directory.EnumerateFiles(_desk.MailFolder).Any());
    }

    private async Task AnonymiseAsync(string reference) =>
        await _desk.Services.GetRequiredService<IPersonalDataErasure>()
            .AnonymiseAsync(reference, "The complainant asked to be forgotten.", Actors.Administrator, CancellationToken.None);
}
