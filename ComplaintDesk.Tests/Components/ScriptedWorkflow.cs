using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Tests.Components;

/// <summary>Gives back the complaint a test set up, or refuses with the error it set up; remembers what it was asked.</summary>
public sealed class ScriptedWorkflow : IComplaintWorkflow
{
    private readonly List<NewComplaint> _received = [];
    private readonly List<AppliedMove> _applied = [];

    public ComplaintDetails? Answer { get; set; }

    public DeskException? Refusal { get; set; }

    public IReadOnlyList<NewComplaint> Received => _received;

    public IReadOnlyList<AppliedMove> Applied => _applied;

    public Task<ComplaintDetails> ReceiveAsync(NewComplaint input, Actor actor, CancellationToken cancellationToken)
    {
        _received.Add(input);
        return Respond();
    }

    public Task<ComplaintDetails> ApplyAsync(
        string reference, Actor actor, int? expectedVersion, ComplaintCommand command, CancellationToken cancellationToken)
    {
        _applied.Add(new AppliedMove(reference, actor, expectedVersion, command));
        return Respond();
    }

    private Task<ComplaintDetails> Respond() =>
        Refusal is not null ? Task.FromException<ComplaintDetails>(Refusal)
        : Answer is not null ? Task.FromResult(Answer)
        : throw new InvalidOperationException("The test did not say how the workflow answers.");
}
