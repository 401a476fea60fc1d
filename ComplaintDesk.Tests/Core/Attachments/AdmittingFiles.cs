using ComplaintDesk.Core.Attachments;

namespace ComplaintDesk.Tests.Core.Attachments;

/// <summary>
/// Which of a message's files the desk keeps, and how it names them: up to the size and number set, in the order they
/// came; a file it does not keep is still recorded, by name and size.
/// </summary>
public sealed class AdmittingFiles
{
    private static readonly AttachmentOptions _limits = new() { MaxFileMegabytes = 1, MaxPerMessage = 2 };

    [Fact]
    public void Files_within_the_limits_are_kept_with_their_content()
    {
        var admitted = Assert.Single(_limits.Admit([new ArrivingFile("receipt.pdf", "application/pdf", [1, 2, 3])]));

        Assert.Equal(("receipt.pdf", "application/pdf", 3L, AttachmentState.Kept), (admitted.FileName, admitted.ContentType, admitted.Size, admitted.State));
        Assert.Equal([1, 2, 3], admitted.Content);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_recorded_without_its_content_and_does_not_count_towards_the_number()
    {
        var admitted = _limits.Admit(
        [
            new ArrivingFile("video.mp4", "video/mp4", new byte[(1024 * 1024) + 1]),
            new ArrivingFile("a.jpg", "image/jpeg", [1]),
            new ArrivingFile("b.jpg", "image/jpeg", [2]),
        ]);

        Assert.Equal([AttachmentState.TooLarge, AttachmentState.Kept, AttachmentState.Kept], admitted.Select(a => a.State));
        Assert.Equal((1024L * 1024) + 1, admitted[0].Size);
        Assert.Null(admitted[0].Content);
    }

    [Fact]
    public void Files_past_the_number_kept_from_one_message_are_recorded_without_their_content()
    {
        var admitted = _limits.Admit([.. Enumerable.Range(1, 3).Select(n => new ArrivingFile($"{n}.jpg", "image/jpeg", [(byte)n]))]);

        Assert.Equal([AttachmentState.Kept, AttachmentState.Kept, AttachmentState.TooMany], admitted.Select(a => a.State));
        Assert.Null(admitted[2].Content);
    }

    [Theory]
    [InlineData("..\\..\\windows\\system.ini", "system.ini")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("fatura\u202Efdp.exe", "faturafdp.exe")]
    [InlineData("  ", "attachment")]
    [InlineData(null, "attachment")]
    [InlineData("..", "attachment")]
    [InlineData("şikâyet fotoğrafı.JPG", "şikâyet fotoğrafı.JPG")]
    public void A_name_keeps_no_folder_and_no_hidden_character(string? given, string kept) =>
        Assert.Equal(kept, Assert.Single(_limits.Admit([new ArrivingFile(given, "image/jpeg", [1])])).FileName);

    [Fact]
    public void A_name_cut_to_its_length_keeps_its_extension()
    {
        var name = Assert.Single(_limits.Admit([new ArrivingFile(new string('a', 400) + ".pdf", "application/pdf", [1])])).FileName;

        Assert.Equal(AdmittedFile.NameLength, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IMAGE/PNG", "image/png")]
    [InlineData("text/html; charset=utf-8", "application/octet-stream")]
    [InlineData("image/svg+xml", "image/svg+xml")]
    [InlineData("not a type", "application/octet-stream")]
    [InlineData(null, "application/octet-stream")]
    public void A_declared_type_is_kept_only_when_it_is_one_media_type(string? declared, string kept) =>
        Assert.Equal(kept, Assert.Single(_limits.Admit([new ArrivingFile("f", declared, [1])])).ContentType);
}
