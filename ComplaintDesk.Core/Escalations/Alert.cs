using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.Teams;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// One escalation (Annex H), stored: what raised it, at which level, for whom, and who acknowledged
/// it. Its <see cref="Key"/> is unique, so the same escalation is raised once however often checks run.
/// </summary>
public sealed class Alert
{
    private Alert()
    {
    }

    internal Alert(long complaintId, string reference, AlertTrigger trigger, int level, ClockKind? clock, string? assignee, int? teamId, string key, string? reason, DateTimeOffset at)
    {
        TeamId = teamId;
        ComplaintId = complaintId;
        ComplaintReference = reference;
        Trigger = trigger;
        Level = level;
        Clock = clock;
        TargetRole = AlertAudience.TargetRoleFor(level, assignee);
        TargetEmail = TargetRole == DeskCapabilities.Assignee ? assignee : null;
        Key = key;
        Reason = reason;
        RaisedAt = at;
    }

    public long Id { get; private set; }

    public long ComplaintId { get; private set; }

    public string ComplaintReference { get; private set; } = "";

    public AlertTrigger Trigger { get; private set; }

    /// <summary>0 handler, 1 supervisor, 2 complaints and quality manager, 3 top management or external.</summary>
    public int Level { get; private set; }

    public ClockKind? Clock { get; private set; }

    public DeskRole TargetRole { get; private set; }

    /// <summary>The one person a level-0 nudge is for; null when it goes to roles.</summary>
    public string? TargetEmail { get; private set; }

    /// <summary>The complaint's team: an alert for roles reaches that team's people in them; null reaches everyone in them.</summary>
    public int? TeamId { get; private set; }

    public string Key { get; private set; } = "";

    public string? Reason { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? LastRemindedAt { get; private set; }

    /// <summary>How many times it has reminded its audience: a reminder updates the alert, it never adds one.</summary>
    public int Reminders { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    /// <summary>When this breach, left unacknowledged, raised its level-2 follow-up.</summary>
    public DateTimeOffset? EscalatedFurtherAt { get; private set; }

    public bool IsOpen => AcknowledgedAt is null;

    internal static string KeyFor(long complaintId, AlertTrigger trigger, ClockKind clock) => $"{complaintId}:{trigger}:{clock}";

    internal static string KeyFor(long complaintId, AlertTrigger trigger, int complaintVersion) => $"{complaintId}:{trigger}:v{complaintVersion}";

    /// <summary>
    /// The one decision on acknowledging: done when the person is in the alert's audience and nobody acknowledged it
    /// yet; otherwise the refusal, and nothing changes.
    /// </summary>
    internal AcknowledgementOutcome TryAcknowledge(Actor actor, IReadOnlyCollection<int> actorTeams, DateTimeOffset at)
    {
        if (!AlertAudience.Includes(actor, TargetRole, TargetEmail) || (TargetEmail is null && !TeamMembership.Reaches(TeamId, actorTeams)))
        {
            return AcknowledgementOutcome.NotAllowed;
        }

        if (AcknowledgedAt is not null)
        {
            return AcknowledgementOutcome.AlreadyAcknowledged;
        }

        (AcknowledgedAt, AcknowledgedBy) = (at, actor.Email);
        return AcknowledgementOutcome.Acknowledged;
    }

    internal void Acknowledge(Actor actor, IReadOnlyCollection<int> actorTeams, DateTimeOffset at)
    {
        switch (TryAcknowledge(actor, actorTeams, at))
        {
            case AcknowledgementOutcome.NotAllowed:
                throw new NotPermittedException(DeskMessage.Of(AlertKeys.ForSomeoneElse));
            case AcknowledgementOutcome.AlreadyAcknowledged:
                throw new MoveRefusedException(DeskMessage.Of(AlertKeys.AlreadyAcknowledged, AcknowledgedBy!));
        }
    }

    internal void Remind(DateTimeOffset at)
    {
        LastRemindedAt = at;
        Reminders++;
    }

    /// <summary>A nudge for the assignee follows the complaint to its new assignee; alerts for roles stay with them.</summary>
    internal void HandOver(string assignee)
    {
        if (TargetRole == DeskCapabilities.Assignee)
        {
            TargetEmail = assignee;
        }
    }

    /// <summary>The complaint moved to another team's queue: its open alerts for roles go with it.</summary>
    internal void MoveToTeam(int? teamId) => TeamId = teamId;

    internal void MarkEscalatedFurther(DateTimeOffset at) => EscalatedFurtherAt = at;
}
