using Bunit;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The files a complainant sent sit under the words they came with: a link to each kept file for those who may take it,
/// what became of a file the desk did not keep, and for everyone else only that a file came.
/// </summary>
public sealed class ShowingTheComplainantsFilesOnTheTimeline : ComplaintPageContext
{
    [Fact]
    public void A_kept_file_is_a_link_to_its_download_and_a_file_not_kept_says_why()
    {
        SignInAs(DeskPerson.Supervisor);

        var page = Open(WithFiles(
            new AttachmentView(7, "<b>kettle</b>.png", "image/png", 48 * 1024, AttachmentState.Kept, MayDownload: true),
            new AttachmentView(8, "video.mp4", "video/mp4", 30L * 1024 * 1024, AttachmentState.TooLarge, MayDownload: false)));

        var files = page.WaitForElements("#complaint-timeline .desk-attachments li");
        var link = files[0].QuerySelector("a")!;
        Assert.Equal(($"/api/v1/complaints/{ComplaintDetailsBuilder.Reference}/attachments/7", "<b>kettle</b>.png"), (link.GetAttribute("href"), link.TextContent));
        Assert.Contains("48 KB", files[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(files[0].QuerySelectorAll("b"));
        Assert.Null(files[1].QuerySelector("a"));
        Assert.Contains("video.mp4", files[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("30 MB · not kept: too large", files[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_who_may_not_see_personal_data_reads_only_that_a_file_came()
    {
        SignInAs(DeskPerson.QualityManager);

        var page = Open(WithFiles(new AttachmentView(7, null, "image/png", 2048, AttachmentState.Kept, MayDownload: false)));

        var file = page.WaitForElement("#complaint-timeline .desk-attachments li");
        Assert.Null(file.QuerySelector("a"));
        Assert.Contains("A file (personal data)", file.TextContent, StringComparison.Ordinal);
    }

    private static ComplaintDetails WithFiles(params AttachmentView[] files)
    {
        var complaint = new ComplaintDetailsBuilder().InState(ComplaintStatus.InInvestigation).AssignedTo(DeskPerson.Handler.Email).Build();
        var information = new TimelineEntry(
            ComplaintDetailsBuilder.ReceivedAt.AddDays(1), Actor.Complainant.Email, ComplaintMove.ComplainantInformation, "7.6",
            ComplaintStatus.InInvestigation, ComplaintStatus.InInvestigation, DeskMessage.Of(EventKeys.ComplainantInformation), "The receipt and a video.")
        {
            Attachments = files,
        };
        return complaint with { Timeline = [.. complaint.Timeline, information] };
    }
}
