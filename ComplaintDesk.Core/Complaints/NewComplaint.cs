using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// A complaint as it arrives (ISO 10002 7.2, Annex C), before any rule has looked at it. Every field may be missing,
/// so <see cref="NewComplaintRules"/> can name all the problems at once.
/// </summary>
public sealed record NewComplaint(
    Channel? Channel,
    DateTimeOffset? ReceivedAt,
    ComplainantDetails? Complainant,
    string? ProductOrService,
    string? Category,
    string? Description,
    string? DesiredOutcome = null,
    Priority? Priority = null,
    string? SubjectStaffEmail = null)
{
    /// <summary>
    /// Fields the caller sent that could not be read into this input (a choice by a name the desk does not know, a
    /// time without its offset); the complaint is refused with them and with every other problem the rules find.
    /// </summary>
    public IReadOnlyDictionary<string, DeskMessage[]>? Unreadable { get; init; }

    /// <summary>The key of the e-mail the complaint arrived in, recorded with it so that message never registers twice.</summary>
    public string? ArrivedAs { get; init; }

    /// <summary>The files that came with it, as the desk admitted them.</summary>
    public IReadOnlyList<AdmittedFile>? Attachments { get; init; }
}
