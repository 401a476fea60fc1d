using ComplaintDesk.Core.Attachments;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>The files a complainant chose in a form of the public pages (<see cref="StatusFilesField"/>), as they arrived.</summary>
public static class PostedFiles
{
    /// <summary>The form field the files are posted in.</summary>
    public const string Field = "Files";

    public static async Task<IReadOnlyList<ArrivingFile>> ReadAsync(HttpContext? http, CancellationToken cancellationToken)
    {
        if (http is null || !http.Request.HasFormContentType)
        {
            return [];
        }

        var files = new List<ArrivingFile>();
        // A file input left empty still posts one part, without a name or content.
        foreach (var file in (await http.Request.ReadFormAsync(cancellationToken)).Files.GetFiles(Field).Where(f => f.Length > 0))
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            files.Add(new ArrivingFile(file.FileName, file.ContentType, content.ToArray()));
        }

        return files;
    }
}
