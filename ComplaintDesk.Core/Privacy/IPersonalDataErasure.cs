using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Privacy;

/// <summary>Anonymises complainants' personal data: one complaint on request, or every one past retention; see <see cref="PersonalDataErasure"/>.</summary>
public interface IPersonalDataErasure
{
    /// <summary>An erasure request: an administrator anonymises one complaint now, saying why.</summary>
    Task<ComplaintDetails> AnonymiseAsync(string reference, string? reason, Actor actor, CancellationToken cancellationToken);

    /// <summary>Anonymises every complaint closed or withdrawn longer ago than the retention period; returns how many.</summary>
    Task<int> AnonymiseExpiredAsync(CancellationToken cancellationToken);
}
