using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Intake;

/// <summary>
/// A complaint as a complainant writes it on the desk's public form (ISO 10002 4.3, 7.2, Annex C): who they are, what
/// it is about, what happened and what they would like. The desk decides the rest (channel, priority, category).
/// </summary>
public sealed record PublicComplaint(ComplainantDetails? Complainant, string? ProductOrService, string? Description, string? DesiredOutcome = null)
{
    /// <summary>Fields sent that could not be read (a choice by a name the desk does not know), refused with every other problem.</summary>
    public IReadOnlyDictionary<string, DeskMessage[]>? Unreadable { get; init; }

    /// <summary>The photos or documents sent with it, before the desk decides which it keeps.</summary>
    public IReadOnlyList<ArrivingFile> Files { get; init; } = [];
}
