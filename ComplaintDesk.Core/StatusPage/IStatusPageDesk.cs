using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>
/// The complainant's side of the desk, reached by a status link's token alone; an unknown token and an expired link
/// are one and the same answer. See <see cref="StatusPageDesk"/>.
/// </summary>
public interface IStatusPageDesk
{
    /// <summary>The complaint behind <paramref name="token"/>, or null when the token is unknown or its link expired.</summary>
    Task<StatusView?> ReadAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// A file the desk sent the complainant with a question or its decision, or null when the token does not open it:
    /// unknown or expired, another complaint's, or a file that did not go to the complainant.
    /// </summary>
    Task<AttachmentFile?> OpenFileAsync(string token, long id, CancellationToken cancellationToken);

    /// <summary>The complainant's words, with the files they attached, as far as <see cref="AttachmentOptions"/> keeps them.</summary>
    Task AddInformationAsync(string token, string? text, IReadOnlyList<ArrivingFile> files, CancellationToken cancellationToken);

    /// <summary>ISO 10002 7.9: the complainant accepts the decision, which closes the complaint.</summary>
    Task AcceptAsync(string token, CancellationToken cancellationToken);

    /// <summary>ISO 10002 7.9, Annex H: the complainant rejects the decision; it reopens one level up.</summary>
    Task RejectAsync(string token, string? reason, CancellationToken cancellationToken);

    /// <summary>ISO 10002 8.3: once the complaint is closed, how satisfied the complainant is with its handling (1–5), once.</summary>
    Task RateAsync(string token, int? satisfaction, string? comment, CancellationToken cancellationToken);

    /// <summary>A complaint's token for a person who may see personal data, issued the first time it is asked for.</summary>
    Task<string> TokenForAsync(string reference, Actor actor, CancellationToken cancellationToken);
}
