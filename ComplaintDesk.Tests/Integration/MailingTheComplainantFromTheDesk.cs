using ComplaintDesk.Tests.Failover;
using MimeKit;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Through the running desk: acknowledging a complaint over the API queues the acknowledgement, and the desk's own job
/// writes it to the pickup folder without anyone asking.
/// </summary>
public sealed class MailingTheComplainantFromTheDesk : IClassFixture<DeskApiFactory>
{
    private readonly DeskApiFactory _factory;

    public MailingTheComplainantFromTheDesk(DeskApiFactory factory) => _factory = factory;

    [Fact]
    public async Task An_acknowledgement_leaves_through_the_pickup_folder_with_the_status_link()
    {
        var handler = await DeskApi.SignInAsync(_factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });

        var written = await RealTimeWait.UntilAsync<MimeMessage?>(() => FindAsync(reference), message => message is not null);
        Assert.Equal("ali@example.com", Assert.Single(written!.To.Mailboxes).Address);
        Assert.Contains(reference, written.Subject, StringComparison.Ordinal);
        Assert.Matches(@"http://localhost:5080/status/[A-Za-z0-9_-]{24}\r?\n", written.TextBody);
    }

    private async Task<MimeMessage?> FindAsync(string reference)
    {
        if (!Directory.Exists(_factory.MailFolder))
        {
            return null;
        }

        foreach (var file in Directory.GetFiles(_factory.MailFolder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.Headers["X-ComplaintDesk-Reference"] == reference)
            {
                return message;
            }
        }

        return null;
    }
}
