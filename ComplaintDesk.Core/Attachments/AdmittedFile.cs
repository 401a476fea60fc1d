using System.Text.RegularExpressions;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail.Inbound;

namespace ComplaintDesk.Core.Attachments;

/// <summary>
/// A file the desk has looked at: its name made safe to show and store, its media type one the desk can serve, and
/// its content kept only when <see cref="AttachmentOptions"/> allows. Only <see cref="AttachmentOptions.Admit"/> makes one.
/// </summary>
public sealed partial record AdmittedFile
{
    public const int NameLength = 255;
    public const int TypeLength = 127;
    private const string UnknownType = "application/octet-stream";

    internal AdmittedFile(ArrivingFile file, AttachmentState state)
    {
        FileName = NameOf(file.FileName);
        ContentType = TypeOf(file.ContentType);
        Size = file.Content.LongLength;
        State = state;
        Content = state == AttachmentState.Kept ? file.Content : null;
    }

    public string FileName { get; }

    public string ContentType { get; }

    public long Size { get; }

    public AttachmentState State { get; }

    public byte[]? Content { get; }

    // A name is shown and offered as the download's name: no folders, no control or direction characters, a length
    // every file system takes. A file without one still needs something to be called by.
    private static string NameOf(string? name)
    {
        var bare = TextSafety.Strip(name ?? "").Replace('\\', '/').Split('/')[^1].Trim();
        return bare.Length == 0 || bare is "." or ".." ? "attachment" : Fit(bare);
    }

    // A name cut short keeps its extension, which is what tells the reader how to open it.
    private static string Fit(string name)
    {
        if (name.Length <= NameLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name) is { Length: <= 16 } kept ? kept : "";
        return MailFields.Fit(name[..^extension.Length], NameLength - extension.Length) + extension;
    }

    private static string TypeOf(string? type) =>
        type?.Trim().ToLowerInvariant() is { } lower && MediaType().IsMatch(lower) ? lower : UnknownType;

    [GeneratedRegex(@"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")]
    private static partial Regex MediaType();
}
