using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.StatusPage;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The complainant's side of the desk as the test says: <see cref="View"/> for any token (null: unknown), a move
/// refused with <see cref="Refusal"/>; remembers each move and every token asked for.
/// </summary>
public sealed class ScriptedStatusPageDesk : IStatusPageDesk
{
    public const string Token = "AbCdEfGhIjKlMnOpQrStUvWx";

    private readonly List<string> _moves = [];
    private readonly List<string> _asked = [];

    public StatusView? View { get; set; }

    public DeskException? Refusal { get; set; }

    public IReadOnlyList<string> Moves => _moves;

    /// <summary>The complaints whose token someone asked for.</summary>
    public IReadOnlyList<string> Asked => _asked;

    public Task<StatusView?> ReadAsync(string token, CancellationToken cancellationToken) => Task.FromResult(View);

    /// <summary>Files the desk sent, by id; any other id is not the complainant's to take.</summary>
    public Dictionary<long, AttachmentFile> SentFiles { get; } = [];

    public Task<AttachmentFile?> OpenFileAsync(string token, long id, CancellationToken cancellationToken) =>
        Task.FromResult(SentFiles.GetValueOrDefault(id));

    public Task AddInformationAsync(string token, string? text, IReadOnlyList<ArrivingFile> files, CancellationToken cancellationToken) =>
        Move($"information: {text}{string.Concat(files.Select(f => $" + {f.FileName}"))}");

    public Task AcceptAsync(string token, CancellationToken cancellationToken) => Move("accept");

    public Task RejectAsync(string token, string? reason, CancellationToken cancellationToken) => Move($"reject: {reason}");

    public Task RateAsync(string token, int? satisfaction, string? comment, CancellationToken cancellationToken) => Move($"rate: {satisfaction} {comment}");

    public Task<string> TokenForAsync(string reference, Actor actor, CancellationToken cancellationToken)
    {
        _asked.Add(reference);
        return Task.FromResult(Token);
    }

    private Task Move(string move)
    {
        _moves.Add(move);
        return Refusal is null ? Task.CompletedTask : Task.FromException(Refusal);
    }
}
