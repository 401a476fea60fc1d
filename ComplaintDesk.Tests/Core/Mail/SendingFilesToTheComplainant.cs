using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// A handler sends files with a question or the decision (a form to fill in, a letter): they are kept with the move's
/// event like any file, and go with its e-mail as attachments, byte for byte. A move's message carries its own files only.
/// </summary>
public class SendingFilesToTheComplainant : IAsyncLifetime
{
    private static readonly byte[] _letter = [0x25, 0x50, 0x44, 0x46, 1, 2, 3, 4];
    private static readonly byte[] _form = [0x50, 0x4B, 3, 4, 9, 9];
    private readonly CoreDesk _desk;

    public SendingFilesToTheComplainant()
        : this(new SqliteDesk())
    {
    }

    protected SendingFilesToTheComplainant(CoreDesk desk) => _desk = desk;

    private IComplaintQueries Queries => _desk.Services.GetRequiredService<IComplaintQueries>();

    private IStatusPageDesk StatusPage => _desk.Services.GetRequiredService<IStatusPageDesk>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_decisions_files_go_with_its_email_and_stay_with_its_event()
    {
        var reference = await MailDesk.ResponseReadyAsync(_desk);
        var files = new AttachmentOptions().Admit(
        [
            new ArrivingFile("decision letter.pdf", "application/pdf", _letter),
            new ArrivingFile("refund form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _form),
        ]);

        await MailDesk.MoveAsync(_desk, reference, new CommunicateDecisionCommand(Channel.Email, "We refund the second charge.") { Attachments = files });
        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        var sent = await SentMessagesAsync();
        var decision = sent.Single(m => (m.TextBody ?? "").Contains("We refund the second charge.", StringComparison.Ordinal));
        Assert.Equal(
            [("decision letter.pdf", "application/pdf", _letter), ("refund form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _form)],
            decision.Attachments.OfType<MimePart>().Select(p => (p.FileName, p.ContentType.MimeType, Bytes(p))));
        Assert.All(sent.Where(m => m != decision), m => Assert.Empty(m.Attachments));
        var communicated = (await Queries.GetAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None)).Timeline
            .Single(e => e.Kind == ComplaintMove.CommunicateDecision);
        Assert.Equal(["decision letter.pdf", "refund form.docx"], communicated.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public async Task A_form_sent_with_a_question_goes_with_that_question_only()
    {
        var reference = await MailDesk.InvestigatingAsync(_desk);
        var form = new AttachmentOptions().Admit([new ArrivingFile("account form.pdf", "application/pdf", _form)]);

        await MailDesk.MoveAsync(_desk, reference, new AwaitComplainantCommand("Please fill in the attached form.") { Attachments = form });
        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        var sent = await SentMessagesAsync();
        var question = sent.Single(m => (m.TextBody ?? "").Contains("Please fill in the attached form.", StringComparison.Ordinal));
        Assert.Equal(["account form.pdf"], question.Attachments.OfType<MimePart>().Select(p => p.FileName));
        Assert.Equal(_form, Bytes(question.Attachments.OfType<MimePart>().Single()));
        Assert.Single(sent, m => m.Attachments.Any());
    }

    [Fact]
    public async Task The_status_link_lists_and_opens_the_files_sent_and_nothing_the_complainant_sent()
    {
        var reference = await MailDesk.InvestigatingAsync(_desk);
        var form = new AttachmentOptions().Admit([new ArrivingFile("account form.pdf", "application/pdf", _form)]);
        await MailDesk.MoveAsync(_desk, reference, new AwaitComplainantCommand("Please fill in the attached form.") { Attachments = form });
        var token = await MailDesk.StatusTokenAsync(_desk, reference);

        var awaiting = (await StatusPage.ReadAsync(token, CancellationToken.None))!;
        var sent = Assert.Single(awaiting.QuestionFiles!);
        await StatusPage.AddInformationAsync(token, "Filled in.", [new ArrivingFile("filled.pdf", "application/pdf", _letter)], CancellationToken.None);
        var answered = (await StatusPage.ReadAsync(token, CancellationToken.None))!;
        var theirs = (await Queries.GetAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None)).Timeline
            .Single(e => e.Kind == ComplaintMove.ComplainantInformation).Attachments.Single();

        Assert.Equal(("account form.pdf", _form.LongLength), (sent.Name, sent.Size));
        Assert.Equal(_form, (await StatusPage.OpenFileAsync(token, sent.Id, CancellationToken.None))!.Content);
        Assert.Null(await StatusPage.OpenFileAsync(token, theirs.Id, CancellationToken.None));
        Assert.Null(await StatusPage.OpenFileAsync("no-such-token-000000000000", sent.Id, CancellationToken.None));
        Assert.Empty(answered.QuestionFiles!);
    }

    [Fact]
    public async Task A_message_without_files_stays_plain_text()
    {
        var reference = await MailDesk.ResponseReadyAsync(_desk);

        await MailDesk.MoveAsync(_desk, reference, new CommunicateDecisionCommand(Channel.Email, "We refund the second charge."));
        await _desk.Outbox.SendDueAsync(CancellationToken.None);

        Assert.All(await SentMessagesAsync(), m => Assert.IsType<TextPart>(m.Body));
    }

    private static byte[] Bytes(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return content.ToArray();
    }

    private async Task<List<MimeMessage>> SentMessagesAsync()
    {
        var sent = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(_desk.MailFolder, "*.eml"))
        {
            sent.Add(await MimeMessage.LoadAsync(file));
        }

        return sent;
    }
}
