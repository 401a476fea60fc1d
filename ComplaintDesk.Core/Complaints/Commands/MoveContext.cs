using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>What a command may use while it is applied: who and when, and the unit of work for look-ups.</summary>
internal sealed record MoveContext(Stamp Stamp, DeskDbContext Db, CancellationToken CancellationToken);
