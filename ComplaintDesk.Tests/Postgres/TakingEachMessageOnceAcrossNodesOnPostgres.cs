using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// Two nodes on one PostgreSQL database take the same message at the same moment (as when both poll one mailbox):
/// the processed-message key, saved with the complaint change, leaves one complaint or one addition between them.
/// </summary>
public sealed class TakingEachMessageOnceAcrossNodesOnPostgres : IAsyncLifetime
{
    private readonly PostgresDesk _first = new();
    private PostgresDeskBeside? _second;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new PostgresDeskBeside(_first);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second!.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_new_message_taken_by_both_nodes_at_once_registers_one_complaint()
    {
        var outcomes = await TakeEverywhereAsync(IncomingMails.Message("Broadband down", "No connection."));

        Assert.Single(outcomes, o => o == IntakeOutcome.Registered);
        Assert.All(outcomes.Where(o => o != IntakeOutcome.Registered), o => Assert.Equal(IntakeOutcome.AlreadyTaken, o));
        await using var db = _first.NewContext();
        Assert.Equal(1, await db.Complaints.CountAsync());
    }

    [Fact]
    public async Task A_reply_taken_by_both_nodes_at_once_is_added_once()
    {
        var reference = await MailDesk.ReceiveAsync(_first);
        await MailDesk.MoveAsync(_first, reference, new AcknowledgeCommand(Channel.Email));

        var outcomes = await TakeEverywhereAsync(IncomingMails.Message($"Re: {reference}", "It was account 4411."));

        Assert.Single(outcomes, o => o == IntakeOutcome.AddedToComplaint);
        await using var db = _first.NewContext();
        Assert.Equal(1, await db.TimelineEvents.CountAsync(e => e.Move == ComplaintMove.ComplainantInformation));
    }

    private async Task<IntakeOutcome[]> TakeEverywhereAsync(MimeMessage message) =>
        await Task.WhenAll(Enumerable.Range(0, 4).Select(n => Task.Run(
            () => (n % 2 == 0 ? (CoreDesk)_first : _second!).Services.GetRequiredService<MailIntake>().TakeAsync(message, CancellationToken.None))));
}
