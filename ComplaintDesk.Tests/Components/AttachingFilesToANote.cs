using Bunit;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// A handler attaches what came on paper or by hand to a note: the files chosen are listed, one the desk would not
/// keep is named and left out before anything is sent, and a file removed from the list is not sent.
/// </summary>
public sealed class AttachingFilesToANote : ComplaintPageContext
{
    public AttachingFilesToANote()
    {
        SignInAs(DeskPerson.Handler);
        Services.Configure<AttachmentOptions>(limits => limits.MaxFileMegabytes = 1);
    }

    [Fact]
    public void The_note_is_sent_with_the_files_kept_and_a_file_too_large_is_named_and_left_out()
    {
        var dialogs = OpenNote();

        dialogs.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary([1, 2, 3], "letter-scan.pdf", contentType: "application/pdf"),
            InputFileContent.CreateFromBinary(new byte[(1024 * 1024) + 1], "video.mp4", contentType: "video/mp4"));
        dialogs.Find("textarea").Change("The letter, scanned.");
        dialogs.WaitForAssertion(() => Assert.Equal(2, dialogs.FindAll("[data-chosen]").Count));

        Assert.Contains("not attached: over the 1 MB limit", dialogs.Find("[data-chosen='TooLarge']").TextContent, StringComparison.Ordinal);
        dialogs.Find("#move-send").Click();
        var note = Assert.IsType<NoteCommand>(Assert.Single(Workflow.Applied).Command);
        var file = Assert.Single(note.Attachments!);
        Assert.Equal(("letter-scan.pdf", "application/pdf", AttachmentState.Kept), (file.FileName, file.ContentType, file.State));
        Assert.Equal([1, 2, 3], file.Content);
    }

    [Fact]
    public void A_file_removed_from_the_list_is_not_sent()
    {
        var dialogs = OpenNote();
        dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1], "wrong.jpg", contentType: "image/jpeg"));
        dialogs.WaitForAssertion(() => Assert.Single(dialogs.FindAll("[data-chosen]")));

        dialogs.Find("[data-chosen] button").Click();
        dialogs.Find("textarea").Change("Nothing attached after all.");
        dialogs.Find("#move-send").Click();

        Assert.Empty(Assert.IsType<NoteCommand>(Assert.Single(Workflow.Applied).Command).Attachments!);
    }

    private IRenderedComponent<MudBlazor.MudDialogProvider> OpenNote()
    {
        var dialogs = RenderDialogs();
        var complaint = new ComplaintDetailsBuilder().InState(ComplaintStatus.InInvestigation).AssignedTo(DeskPerson.Handler.Email).Build();
        Workflow.Answer = complaint;
        Open(complaint).Find("[data-move='Note']").Click();
        return dialogs;
    }
}
