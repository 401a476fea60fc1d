using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>
/// What a command may use while it is applied: who and when, the unit of work for look-ups, the languages the desk
/// speaks, and the problems found so far, which the move's refusal reports together with the aggregate's own.
/// </summary>
internal sealed record MoveContext(Stamp Stamp, DeskDbContext Db, IDeskLanguages Languages, FieldErrors Errors, CancellationToken CancellationToken)
{
    /// <summary>Other complaints the move changed too (the one a duplicate is merged into), announced once it is saved.</summary>
    public List<Complaint> AlsoChanged { get; } = [];
}
