using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Privacy;

namespace ComplaintDesk.Tests.Components;

/// <summary>Anonymises as the test says: with <see cref="Answer"/>, or refusing with <see cref="Refusal"/>; remembers each request.</summary>
public sealed class ScriptedErasure : IPersonalDataErasure
{
    private readonly List<(string Reference, string? Reason)> _requests = [];

    public ComplaintDetails? Answer { get; set; }

    public DeskException? Refusal { get; set; }

    public IReadOnlyList<(string Reference, string? Reason)> Requests => _requests;

    public Task<ComplaintDetails> AnonymiseAsync(string reference, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        _requests.Add((reference, reason));
        return Refusal is not null ? Task.FromException<ComplaintDetails>(Refusal) : Task.FromResult(Answer!);
    }

    public Task<int> AnonymiseExpiredAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
