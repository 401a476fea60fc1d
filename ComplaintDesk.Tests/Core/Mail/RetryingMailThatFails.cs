using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Processes;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// A message the mail server cannot take is tried again after growing waits, then shown as failed; the move that queued
/// it stays made. The server here is a real address with nothing listening: every try is a real refused connection.
/// </summary>
public sealed class RetryingMailThatFails : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync()
    {
        _desk.Configured["Desk:Mail:Smtp:Host"] = "127.0.0.1";
        _desk.Configured["Desk:Mail:Smtp:Port"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _desk.Configured["Desk:Mail:Smtp:UseTls"] = "false";
        return _desk.InitializeAsync();
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_message_is_tried_six_times_over_about_two_hours_then_shown_as_failed()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        var version = await MailDesk.VersionAsync(_desk, reference);

        await _desk.Outbox.SendDueAsync(CancellationToken.None);
        var first = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal((MessageState.Queued, 1, MailFailureKind.Unreachable), (first.State, first.Attempts, first.LastFailure));
        Assert.Equal(_desk.Time.GetUtcNow() + TimeSpan.FromSeconds(30), first.NextAttemptAt);

        foreach (var (wait, attempts) in new[] { (30, 2), (120, 3), (600, 4), (1800, 5), (3600, 6) })
        {
            _desk.Time.Advance(TimeSpan.FromSeconds(wait - 1));
            await _desk.Outbox.SendDueAsync(CancellationToken.None);
            Assert.Equal(attempts - 1, (await MailDesk.MessagesAsync(_desk, reference))[0].Attempts);

            _desk.Time.Advance(TimeSpan.FromSeconds(1));
            await _desk.Outbox.SendDueAsync(CancellationToken.None);
            Assert.Equal(attempts, (await MailDesk.MessagesAsync(_desk, reference))[0].Attempts);
        }

        var failed = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal((MessageState.Failed, null, null), (failed.State, failed.NextAttemptAt, failed.SentAt));
        Assert.Equal(version, await MailDesk.VersionAsync(_desk, reference));
    }
}
