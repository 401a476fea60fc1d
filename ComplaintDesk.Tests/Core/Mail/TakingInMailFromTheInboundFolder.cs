using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// Each <c>.eml</c> file dropped into the inbound folder is taken once, through the complainant's own moves: a reply
/// quoting a complaint adds to it, anything else registers a new complaint by e-mail, and a file that is no message
/// goes to <c>failed</c> with nothing written.
/// </summary>
public sealed class TakingInMailFromTheInboundFolder : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    private InboundFolder Folder => _desk.Services.GetRequiredService<InboundFolder>();

    [Fact]
    public async Task A_reply_quoting_a_complaint_awaiting_the_complainant_joins_its_timeline_as_theirs_and_resumes_its_clocks()
    {
        var reference = await AwaitingTheComplainantAsync();
        await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message($"Re: [{reference}] Which account?", "Account 4411, charged on 3 November."));
        _desk.Time.Advance(TimeSpan.FromHours(2));

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        var complaint = Assert.Single(await ComplaintsAsync());
        Assert.Equal((reference, ComplaintStatus.InInvestigation, false), (complaint.Reference, complaint.Status, complaint.IsPaused));
        var added = complaint.Timeline.MaxBy(e => e.Id)!;
        Assert.Equal((ComplaintMove.ComplainantInformation, Actor.Complainant.Email, "Account 4411, charged on 3 November."), (added.Move, added.ActorEmail, added.Text));
        Assert.Equal(_desk.Time.GetUtcNow(), complaint.Pauses.Single().To);
        Assert.Single(IncomingMails.FilesIn(Path.Combine(_desk.InboundFolder, InboundFolder.Processed)));
        Assert.Empty(IncomingMails.FilesIn(_desk.InboundFolder));
    }

    [Fact]
    public async Task A_reply_to_the_decision_joins_the_complaint_still_awaiting_the_verdict()
    {
        var reference = await MailDesk.ResponseReadyAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new CommunicateDecisionCommand(Channel.Email, "We refund the second charge."));
        await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message($"Re: [{reference}] Our decision", "I do not accept: I was charged three times."));

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        var complaint = Assert.Single(await ComplaintsAsync());
        Assert.Equal((reference, ComplaintStatus.DecisionCommunicated), (complaint.Reference, complaint.Status));
        var added = complaint.Timeline.MaxBy(e => e.Id)!;
        Assert.Equal((ComplaintMove.ComplainantInformation, Actor.Complainant.Email, "I do not accept: I was charged three times."), (added.Move, added.ActorEmail, added.Text));
    }

    [Fact]
    public async Task A_reply_joins_its_complaint_without_the_desks_message_it_quotes()
    {
        var reference = await AwaitingTheComplainantAsync();
        var reply = "Account 4411.\n\nOn Mon, 23 Nov 2026 at 12:00, ComplaintDesk <complaints@desk.example> wrote:\n> Dear Ece Çelik,\n> https://desk.example/status/AbCdEfGh";
        await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message($"Re: [{reference}] Which account?", reply));

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        var added = Assert.Single(await ComplaintsAsync()).Timeline.MaxBy(e => e.Id)!;
        Assert.Equal((ComplaintMove.ComplainantInformation, "Account 4411."), (added.Move, added.Text));
    }

    [Fact]
    public async Task A_message_quoting_no_reference_registers_an_unassigned_email_complaint_from_its_sender()
    {
        await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message("Broadband down since Monday", "No connection for four days.\nPlease fix it."));

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        var complaint = Assert.Single(await ComplaintsAsync());
        Assert.Equal((Channel.Email, ComplaintStatus.Received, null), (complaint.Channel, complaint.Status, complaint.AssigneeEmail));
        Assert.Equal((IncomingMails.Sender, IncomingMails.Address, ContactMethod.Email), (complaint.Complainant.Name, complaint.Complainant.Email, complaint.Complainant.PreferredContact));
        Assert.Equal(("Broadband down since Monday", "No connection for four days.\nPlease fix it."), (complaint.ProductOrService, complaint.Description));
        Assert.Equal(_desk.Time.GetUtcNow(), complaint.ReceivedAt);
        Assert.Equal(Actor.Complainant.Email, Assert.Single(complaint.Timeline).ActorEmail);
        Assert.NotEmpty(complaint.Clocks);
    }

    [Fact]
    public async Task A_reply_to_a_withdrawn_complaint_registers_a_new_one_naming_it()
    {
        var earlier = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, earlier, new WithdrawCommand("Sorted out by phone."));
        await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message($"Re: {earlier}", "It happened again."));

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        var complaints = await ComplaintsAsync();
        Assert.Equal(2, complaints.Count);
        Assert.DoesNotContain(complaints.Single(c => c.Reference == earlier).Timeline, e => e.Move == ComplaintMove.ComplainantInformation);
        var followUp = complaints.Single(c => c.Reference != earlier);
        Assert.Equal($"This e-mail follows up complaint {earlier}, which was already closed or withdrawn.\n\nIt happened again.", followUp.Description);
        Assert.Equal(Channel.Email, followUp.Channel);
    }

    [Fact]
    public async Task The_same_message_dropped_twice_is_taken_once()
    {
        var message = IncomingMails.Message("Broadband down", "No connection.", "same-message@example.com");
        await IncomingMails.DropAsync(_desk.InboundFolder, message, "first.eml");
        await IncomingMails.DropAsync(_desk.InboundFolder, message, "second.eml");

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        Assert.Single(await ComplaintsAsync());
        Assert.Equal(2, IncomingMails.FilesIn(Path.Combine(_desk.InboundFolder, InboundFolder.Processed)).Length);
        await using var db = _desk.NewContext();
        Assert.Equal("same-message@example.com", (await db.ProcessedMessages.SingleAsync()).MessageKey);
    }

    [Fact]
    public async Task A_message_left_in_processing_by_a_crash_after_its_save_is_not_taken_again()
    {
        var message = IncomingMails.Message("Broadband down", "No connection.", "crashed@example.com");
        await IncomingMails.DropAsync(_desk.InboundFolder, message);
        await Folder.PickUpAsync("node-a", CancellationToken.None);
        await IncomingMails.DropAsync(Path.Combine(_desk.InboundFolder, InboundFolder.Processing, "node-a"), message);

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        Assert.Single(await ComplaintsAsync());
        Assert.Empty(IncomingMails.FilesIn(Path.Combine(_desk.InboundFolder, InboundFolder.Processing, "node-a")));
        Assert.Equal(2, IncomingMails.FilesIn(Path.Combine(_desk.InboundFolder, InboundFolder.Processed)).Length);
    }

    [Fact]
    public async Task Two_nodes_picking_up_one_folder_take_each_message_once()
    {
        for (var i = 0; i < 6; i++)
        {
            await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message($"Broadband down {i}", "No connection."));
        }

        await Task.WhenAll(Folder.PickUpAsync("node-a", CancellationToken.None), Folder.PickUpAsync("node-b", CancellationToken.None));

        Assert.Equal(6, (await ComplaintsAsync()).Select(c => c.ProductOrService).Distinct().Count());
        Assert.Equal(6, IncomingMails.FilesIn(Path.Combine(_desk.InboundFolder, InboundFolder.Processed)).Length);
    }

    [Fact]
    public async Task A_file_that_is_no_message_goes_to_failed_and_nothing_is_written()
    {
        Directory.CreateDirectory(_desk.InboundFolder);
        await File.WriteAllBytesAsync(Path.Combine(_desk.InboundFolder, "broken.eml"), []);

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        Assert.Empty(await ComplaintsAsync());
        await using var db = _desk.NewContext();
        Assert.Empty(await db.ProcessedMessages.ToListAsync());
        Assert.Equal("broken.eml", Path.GetFileName(Assert.Single(IncomingMails.FilesIn(Path.Combine(_desk.InboundFolder, InboundFolder.Failed)))));
    }

    [Fact]
    public async Task An_over_long_text_is_cut_to_the_limit_with_a_visible_mark()
    {
        await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message(new string('s', 300), new string('w', TextLimits.LongText + 500)));

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        var complaint = Assert.Single(await ComplaintsAsync());
        Assert.Equal((TextLimits.Name, TextLimits.LongText), (complaint.ProductOrService.Length, complaint.Description.Length));
        Assert.EndsWith("w […]", complaint.Description, StringComparison.Ordinal);
        Assert.EndsWith("s […]", complaint.ProductOrService, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_only_message_is_taken_as_its_text_without_markup()
    {
        var html = "<html><head><style>p { color: red; }</style></head><body><p>No <b>connection</b> &amp; no answer.</p><script>alert(1)</script></body></html>";
        await IncomingMails.DropAsync(_desk.InboundFolder, IncomingMails.Message("Broadband", "", html: html));

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        Assert.Equal("No connection & no answer.", Assert.Single(await ComplaintsAsync()).Description);
    }

    [Fact]
    public async Task An_automatic_reply_is_set_aside_without_a_complaint()
    {
        var message = IncomingMails.Message("Out of office", "I am away until Monday.");
        message.Headers.Add("Auto-Submitted", "auto-replied");
        await IncomingMails.DropAsync(_desk.InboundFolder, message);

        await Folder.PickUpAsync("node-a", CancellationToken.None);

        Assert.Empty(await ComplaintsAsync());
        Assert.Single(IncomingMails.FilesIn(Path.Combine(_desk.InboundFolder, InboundFolder.Processed)));
    }

    private async Task<string> AwaitingTheComplainantAsync()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        await MailDesk.MoveAsync(_desk, reference, new AssessCommand(Priority.Medium, "Billing"));
        await MailDesk.MoveAsync(_desk, reference, new InvestigateCommand());
        await MailDesk.MoveAsync(_desk, reference, new AwaitComplainantCommand("Which account was charged twice?"));
        return reference;
    }

    private async Task<List<Complaint>> ComplaintsAsync()
    {
        await using var db = _desk.NewContext();
        return await db.Complaints.AsNoTracking().Include(c => c.Timeline).Include(c => c.Complainant).OrderBy(c => c.Id).ToListAsync();
    }
}
