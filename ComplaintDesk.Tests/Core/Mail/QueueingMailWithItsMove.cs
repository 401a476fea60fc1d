using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// Acknowledging, asking the complainant and communicating the decision each queue one message to a complainant who gave
/// an address, in the move's own unit of work; any other move, and any refused move, queues nothing.
/// </summary>
public sealed class QueueingMailWithItsMove : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Acknowledging_queues_the_reference_what_happens_next_the_decision_date_and_the_status_link()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);

        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        var message = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal((MessageKind.Acknowledgement, MailDesk.Address, MessageState.Queued, "en"), (message.Kind, message.To, message.State, message.Culture));
        Assert.Contains(reference, message.Subject, StringComparison.Ordinal);
        Assert.Contains("What happens next", message.Body, StringComparison.Ordinal);
        Assert.Contains($"You can expect our decision by {await RespondDeadlineAsync(reference)}.", message.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080/status/{await MailDesk.StatusTokenAsync(_desk, reference)}\n", message.Body, StringComparison.Ordinal);
        Assert.Equal(1, _desk.MailDispatch.Triggers);
    }

    [Fact]
    public async Task Asking_the_complainant_sends_the_question()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        await MailDesk.MoveAsync(_desk, reference, new AssessCommand(Priority.Medium, "Billing"));
        await MailDesk.MoveAsync(_desk, reference, new InvestigateCommand());

        await MailDesk.MoveAsync(_desk, reference, new AwaitComplainantCommand("Which account number was charged twice?"));

        var question = (await MailDesk.MessagesAsync(_desk, reference))[^1];
        Assert.Equal(MessageKind.InformationRequest, question.Kind);
        Assert.Contains("\nWhich account number was charged twice?\n", question.Body, StringComparison.Ordinal);
        Assert.Equal(2, _desk.MailDispatch.Triggers);
    }

    [Fact]
    public async Task Communicating_the_decision_sends_it_with_its_remedy_and_the_same_status_link()
    {
        var reference = await MailDesk.ResponseReadyAsync(_desk);

        await MailDesk.MoveAsync(_desk, reference, new CommunicateDecisionCommand(Channel.Email, "We refund the second charge within five days."));

        var messages = await MailDesk.MessagesAsync(_desk, reference);
        Assert.Equal([MessageKind.Acknowledgement, MessageKind.Decision], messages.Select(m => m.Kind));
        var decision = messages[1];
        Assert.Contains("We refund the second charge within five days.", decision.Body, StringComparison.Ordinal);
        Assert.Contains("What we offer: Refund", decision.Body, StringComparison.Ordinal);
        Assert.Contains($"/status/{await MailDesk.StatusTokenAsync(_desk, reference)}", decision.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complainant_without_an_address_gets_no_mail()
    {
        var reference = await MailDesk.ReceiveAsync(_desk, email: null);

        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Phone));

        Assert.Empty(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal(0, _desk.MailDispatch.Triggers);
    }

    [Fact]
    public async Task Moves_that_do_not_reach_the_complainant_and_refused_moves_queue_nothing()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new NoteCommand("Called the billing team."));
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        await Assert.ThrowsAsync<MoveRefusedException>(() => MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email)));
        await MailDesk.MoveAsync(_desk, reference, new AssessCommand(Priority.High, "Billing"));

        Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
    }

    private async Task<string> RespondDeadlineAsync(string reference)
    {
        await using var db = _desk.NewContext();
        var clocks = await db.Complaints.AsNoTracking().Where(c => c.Reference == reference).Select(c => c.Clocks).SingleAsync();
        var deadline = clocks.Single(c => c.Kind == ClockKind.Respond).Deadline;
        return TimeZoneInfo.ConvertTime(deadline, TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul")).ToString("f", CultureInfo.GetCultureInfo("en"));
    }
}
