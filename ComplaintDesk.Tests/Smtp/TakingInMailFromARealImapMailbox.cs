using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Failover;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Smtp;

/// <summary>
/// With <c>Desk:Mail:Imap:Host</c> set, a message sent by SMTP into the mailbox is taken by the desk's round of
/// picking up mail, becomes a complaint, and is marked read; the next round leaves it alone.
/// </summary>
public sealed class TakingInMailFromARealImapMailbox : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync()
    {
        foreach (var (key, value) in TestSmtp.ImapSettings())
        {
            _desk.Configured[key] = value;
        }

        return _desk.InitializeAsync();
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_message_sent_to_the_mailbox_becomes_one_complaint_and_is_marked_read()
    {
        var subject = $"Router {Guid.NewGuid():N}";
        var message = IncomingMails.Message(subject, "The router reboots every hour.");
        await TestSmtp.SendAsync(message);
        var pickup = _desk.Services.GetRequiredService<InboundPickup>();

        var complaint = await RealTimeWait.UntilAsync<Complaint?>(
            async () =>
            {
                await pickup.PickUpAsync("node-a", CancellationToken.None);
                return await FindAsync(subject);
            },
            found => found is not null);
        await pickup.PickUpAsync("node-a", CancellationToken.None);

        Assert.Equal((Channel.Email, IncomingMails.Address, "The router reboots every hour."), (complaint!.Channel, complaint.Complainant.Email, complaint.Description));
        Assert.True(await TestSmtp.SeenAsync(message.MessageId!));
        await using var db = _desk.NewContext();
        Assert.Equal(1, await db.Complaints.CountAsync(c => c.ProductOrService == subject));
    }

    private async Task<Complaint?> FindAsync(string subject)
    {
        await using var db = _desk.NewContext();
        return await db.Complaints.AsNoTracking().Include(c => c.Complainant).SingleOrDefaultAsync(c => c.ProductOrService == subject);
    }
}
