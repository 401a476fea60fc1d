using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints;

/// <summary>The complaint's escalations (Annex H): each one an alert to store and a timeline event.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Raises what a clock calls for at <paramref name="now"/>: a breach (level 1, or 2 at once when
    /// critical) or else a warning nudge (level 0). A breach found before its warning was raised
    /// raises only the breach. Returns null when there is nothing (more) to raise.
    /// </summary>
    internal Alert? RaiseClockAlert(SlaClock clock, Stamp stamp)
    {
        var stored = _clocks.Single(c => c.Kind == clock.Kind);
        if (!Status.IsOpen() || stored.StoppedAt is not null)
        {
            return null;
        }

        Alert? alert = null;
        if (clock.State == ClockState.Breached && !stored.BreachRaised)
        {
            stored.MarkBreachRaised();
            var level = Priority == Priority.Critical ? 2 : 1;
            alert = Escalation(AlertTrigger.Breach, level, clock.Kind, stamp, DeskMessage.Of(EventKeys.ClockBreached, clock.Kind));
        }
        else if (clock.State is ClockState.Warning or ClockState.Breached && !stored.WarningRaised)
        {
            stored.MarkWarningRaised();
            alert = Escalation(AlertTrigger.Warning, 0, clock.Kind, stamp, DeskMessage.Of(EventKeys.ClockWarned, clock.Kind));
        }

        UpdateNextAlarm();
        return alert;
    }

    /// <summary>A level-1 breach nobody acknowledged in time goes to level 2, while its clock still runs.</summary>
    internal Alert? RaiseUnhandled(ClockKind kind, TimeSpan unhandledAfter, Stamp stamp)
    {
        var stored = _clocks.Single(c => c.Kind == kind);
        return !Status.IsOpen() || stored.StoppedAt is not null
            ? null
            : Escalation(
                AlertTrigger.Unhandled, 2, kind, stamp,
                DeskMessage.Of(EventKeys.BreachUnhandled, kind, (int)Math.Round(unhandledAfter.TotalMinutes, MidpointRounding.AwayFromZero)));
    }

    /// <summary>The alert for a level change a person made: a rejected decision or a manual escalation.</summary>
    internal Alert AlertForLevelChange(AlertTrigger trigger, string? reason, DateTimeOffset at) =>
        new(Id, Reference, trigger, EscalationLevel, null, AssigneeEmail, TeamId, Alert.KeyFor(Id, trigger, Version), reason, at);

    private Alert Escalation(AlertTrigger trigger, int level, ClockKind kind, Stamp stamp, DeskMessage what)
    {
        EscalationLevel = Math.Max(EscalationLevel, level);
        var alert = new Alert(Id, Reference, trigger, level, kind, AssigneeEmail, TeamId, Alert.KeyFor(Id, trigger, kind), null, stamp.At);
        var audience = alert.TargetEmail ?? (object)AlertAudience.Members(alert.TargetRole);
        Record(ComplaintMove.RaiseAlert, Status, stamp, DeskMessage.Of(EventKeys.AlertRaised, what, level, audience));
        return alert;
    }
}
