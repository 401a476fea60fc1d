using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Intake;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ComplaintDesk.Tests.Core.Attachments;

/// <summary>
/// The files a complainant sends, by e-mail, on the status page or the public form, come with their words, each tied to
/// the timeline event it arrived with; a handler's note keeps what came on paper. They
/// are the complainant's (ISO 10002 4.10): only roles that see personal data read their names or take them, each
/// download is recorded, and erasing the complainant's data erases them.
/// </summary>
public class KeepingTheComplainantsFiles : IAsyncLifetime
{
    private static readonly byte[] _photo = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
    private readonly CoreDesk _desk;

    public KeepingTheComplainantsFiles()
        : this(new SqliteDesk())
    {
    }

    protected KeepingTheComplainantsFiles(CoreDesk desk)
    {
        _desk = desk;
        _desk.Configured["Desk:Attachments:MaxFileMegabytes"] = "1";
    }

    private MailIntake Intake => _desk.Services.GetRequiredService<MailIntake>();

    private IAttachmentFiles Files => _desk.Services.GetRequiredService<IAttachmentFiles>();

    private IComplaintQueries Queries => _desk.Services.GetRequiredService<IComplaintQueries>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_new_complaint_by_email_keeps_its_files_with_the_event_that_registered_it()
    {
        var reference = await RegisteredWithFilesAsync();

        var received = (await Queries.GetAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None)).Timeline.Single(e => e.Kind == ComplaintMove.Receive);

        Assert.Equal(
            [("kettle.png", "image/png", _photo.LongLength, AttachmentState.Kept, true), ("video.mp4", "video/mp4", (1024L * 1024) + 1, AttachmentState.TooLarge, false)],
            received.Attachments.Select(a => (a.FileName, a.ContentType, a.Size, a.State, a.MayDownload)));
        var file = await Files.OpenAsync(reference, received.Attachments[0].Id, PrivacyDesk.Supervisor, CancellationToken.None);
        Assert.Equal(("kettle.png", "image/png"), (file.FileName, file.ContentType));
        Assert.Equal(_photo, file.Content);
    }

    [Fact]
    public async Task A_reply_keeps_its_file_with_the_complainants_words_and_leaves_pictures_inside_its_text()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        var reply = WithFiles($"Re: [{reference}]", "The receipt.", withLogo: true, ("receipt.pdf", "application/pdf", [7, 7]));

        Assert.Equal(IntakeOutcome.AddedToComplaint, await Intake.TakeAsync(reply, CancellationToken.None));

        var complaint = await Queries.GetAsync(reference, _desk.Handler, CancellationToken.None);
        var added = complaint.Timeline.Single(e => e.Kind == ComplaintMove.ComplainantInformation);
        Assert.Equal(["receipt.pdf"], added.Attachments.Select(a => a.FileName));
        Assert.All(complaint.Timeline.Where(e => e != added), e => Assert.Empty(e.Attachments));
    }

    [Fact]
    public async Task Words_added_on_the_status_page_keep_the_files_chosen_with_them()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        var statusPage = _desk.Services.GetRequiredService<IStatusPageDesk>();
        var token = await statusPage.TokenForAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None);

        await statusPage.AddInformationAsync(token, "The receipt.", [new ArrivingFile("fiş.jpg", "image/jpeg", _photo)], CancellationToken.None);

        var added = (await Queries.GetAsync(reference, _desk.Handler, CancellationToken.None)).Timeline.Single(e => e.Kind == ComplaintMove.ComplainantInformation);
        Assert.Equal([("fiş.jpg", AttachmentState.Kept)], added.Attachments.Select(a => (a.FileName, a.State)));
    }

    [Fact]
    public async Task A_complaint_sent_on_the_public_form_keeps_its_files_with_its_registration()
    {
        var complaint = new PublicComplaint(new ComplainantDetails("Zeynep Aydın", "zeynep@example.com", null, ContactMethod.Email), "Kettle", "It leaks.")
        {
            Files = [new ArrivingFile("leak.png", "image/png", _photo), new ArrivingFile("video.mp4", "video/mp4", new byte[(1024 * 1024) + 1])],
        };

        var receipt = await _desk.Services.GetRequiredService<IPublicIntake>().SubmitAsync(complaint, "en", CancellationToken.None);

        var received = (await Queries.GetAsync(receipt.Reference, _desk.Handler, CancellationToken.None)).Timeline.Single(e => e.Kind == ComplaintMove.Receive);
        Assert.Equal([("leak.png", AttachmentState.Kept), ("video.mp4", AttachmentState.TooLarge)], received.Attachments.Select(a => (a.FileName, a.State)));
    }

    [Fact]
    public async Task A_handlers_note_keeps_the_files_attached_to_it()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        var scan = new AttachmentOptions().Admit([new ArrivingFile("letter-scan.pdf", "application/pdf", [1, 2])]);

        await MailDesk.MoveAsync(_desk, reference, new NoteCommand("The letter, scanned.") { Attachments = scan });

        var note = (await Queries.GetAsync(reference, _desk.Handler, CancellationToken.None)).Timeline.Single(e => e.Kind == ComplaintMove.Note);
        Assert.Equal([("letter-scan.pdf", 2L)], note.Attachments.Select(a => (a.FileName, a.Size)));
    }

    [Fact]
    public async Task A_role_that_may_not_see_personal_data_sees_that_a_file_came_but_not_its_name_and_may_not_take_it()
    {
        var reference = await RegisteredWithFilesAsync();

        var shown = (await Queries.GetAsync(reference, PrivacyDesk.Quality, CancellationToken.None)).Timeline.SelectMany(e => e.Attachments).ToList();

        Assert.Equal(2, shown.Count);
        Assert.All(shown, a => Assert.Equal((null, false), (a.FileName, a.MayDownload)));
        await Assert.ThrowsAsync<NotPermittedException>(() => Files.OpenAsync(reference, shown[0].Id, PrivacyDesk.Quality, CancellationToken.None));
        Assert.Empty(await DownloadsAsync());
    }

    [Fact]
    public async Task Every_download_is_recorded_as_the_complainants_personal_data_taken()
    {
        var reference = await RegisteredWithFilesAsync();
        var id = await KeptFileAsync(reference);

        await Files.OpenAsync(reference, id, PrivacyDesk.Supervisor, CancellationToken.None);
        await Files.OpenAsync(reference, id, PrivacyDesk.Supervisor, CancellationToken.None);

        var downloads = await DownloadsAsync();
        Assert.Equal(2, downloads.Count);
        Assert.All(downloads, d => Assert.Equal(("supervisor@demo.local", "Supervisor", reference), (d.UserEmail, d.Role, d.Reference)));
    }

    [Fact]
    public async Task A_file_is_found_only_on_its_own_complaint_and_only_while_kept()
    {
        var reference = await RegisteredWithFilesAsync();
        var other = await MailDesk.ReceiveAsync(_desk);
        var shown = (await Queries.GetAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None)).Timeline.SelectMany(e => e.Attachments).ToList();

        await Assert.ThrowsAsync<NotFoundException>(() => Files.OpenAsync(other, shown[0].Id, PrivacyDesk.Supervisor, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => Files.OpenAsync(reference, shown[1].Id, PrivacyDesk.Supervisor, CancellationToken.None));
    }

    [Fact]
    public async Task Erasing_the_complainants_data_erases_the_files_names_and_contents_and_keeps_that_they_came()
    {
        var reference = await RegisteredWithFilesAsync();
        var id = await KeptFileAsync(reference);

        await _desk.Services.GetRequiredService<IPersonalDataErasure>().AnonymiseAsync(reference, "Asked by e-mail.", PrivacyDesk.Administrator, CancellationToken.None);

        var shown = (await Queries.GetAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None)).Timeline.SelectMany(e => e.Attachments).ToList();
        Assert.Equal(
            [(null, AttachmentState.Erased, _photo.LongLength), (null, AttachmentState.Erased, (1024L * 1024) + 1)],
            shown.Select(a => ((string?)a.FileName, a.State, a.Size)));
        await using var db = _desk.NewContext();
        Assert.False(await db.Attachments.AnyAsync(a => a.Content != null || a.FileName != null));
        await Assert.ThrowsAsync<NotFoundException>(() => Files.OpenAsync(reference, id, PrivacyDesk.Supervisor, CancellationToken.None));
    }

    private async Task<string> RegisteredWithFilesAsync()
    {
        var message = WithFiles(
            "Broken kettle",
            "It broke on the first day.",
            withLogo: false,
            ("kettle.png", "image/png", _photo),
            ("video.mp4", "video/mp4", new byte[(1024 * 1024) + 1]));
        Assert.Equal(IntakeOutcome.Registered, await Intake.TakeAsync(message, CancellationToken.None));
        await using var db = _desk.NewContext();
        return await db.Complaints.OrderByDescending(c => c.Id).Select(c => c.Reference).FirstAsync();
    }

    private async Task<long> KeptFileAsync(string reference) =>
        (await Queries.GetAsync(reference, PrivacyDesk.Supervisor, CancellationToken.None)).Timeline
            .SelectMany(e => e.Attachments).First(a => a.State == AttachmentState.Kept).Id;

    private async Task<List<PersonalDataAccess>> DownloadsAsync()
    {
        await using var db = _desk.NewContext();
        return await db.PersonalDataAccesses.Where(a => a.Action == PersonalDataAction.Download).ToListAsync();
    }

    // A mail program's message: the words, a logo shown inside them when asked for, then the files attached.
    private static MimeMessage WithFiles(string subject, string text, bool withLogo, params (string Name, string Type, byte[] Content)[] files)
    {
        var message = IncomingMails.Message(subject, text);
        var body = new BodyBuilder { TextBody = text };
        if (withLogo)
        {
            body.HtmlBody = $"<p>{text}</p><img src=\"cid:logo\">";
            body.LinkedResources.Add("logo.png", _photo, ContentType.Parse("image/png")).ContentId = "logo";
        }

        foreach (var (name, type, content) in files)
        {
            body.Attachments.Add(name, content, ContentType.Parse(type));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
