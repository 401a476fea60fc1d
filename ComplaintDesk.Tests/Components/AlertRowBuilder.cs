using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Components;

/// <summary>An alert as the alerts centre lists it: a level-1 breach of the respond clock for supervisors, raised at <see cref="DeskPageContext.Now"/>, unless told otherwise.</summary>
internal sealed class AlertRowBuilder(long id, string reference)
{
    private int _level = 1;
    private AlertTrigger _trigger = AlertTrigger.Breach;
    private ClockKind? _clock = ClockKind.Respond;
    private DateTimeOffset _raisedAt = DeskPageContext.Now;
    private string? _reason;
    private string? _assignee = DeskPerson.Handler.Email;
    private (DateTimeOffset At, string By)? _acknowledged;

    public AlertRowBuilder AtLevel(int level)
    {
        _level = level;
        return this;
    }

    public AlertRowBuilder RaisedBy(AlertTrigger trigger, ClockKind? clock = null, string? reason = null)
    {
        (_trigger, _clock, _reason) = (trigger, clock, reason);
        return this;
    }

    public AlertRowBuilder RaisedAt(DateTimeOffset at)
    {
        _raisedAt = at;
        return this;
    }

    public AlertRowBuilder Unassigned()
    {
        _assignee = null;
        return this;
    }

    public AlertRowBuilder AcknowledgedBy(string email, DateTimeOffset at)
    {
        _acknowledged = (at, email);
        return this;
    }

    public AlertRow Build()
    {
        var role = AlertAudience.TargetRoleFor(_level, _assignee);
        var alert = new AlertView(
            id, reference, _level, _trigger, _clock, _raisedAt, role, role == DeskRole.Handler ? _assignee : null, _reason,
            _acknowledged?.At, _acknowledged?.By);
        return new AlertRow(alert, ComplaintStatus.InInvestigation, Priority.High, _assignee, null);
    }
}
