namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// Sets a trigger for an instant at which an escalation check is due. Triggers carry ids (and their
/// instant) only and hold no state: a lost trigger is caught by <see cref="EscalationChecks.SweepAsync"/>.
/// The checks are exact, so a scheduler whose triggers may fire early holds them back until their instant.
/// </summary>
public interface IAlarmScheduler
{
    /// <summary>Check the complaint's clocks at <paramref name="at"/>, its next warning or deadline.</summary>
    void CheckComplaintAt(long complaintId, DateTimeOffset at);

    /// <summary>Check at <paramref name="at"/> whether the breach alert is still unacknowledged.</summary>
    void CheckUnhandledAt(long alertId, DateTimeOffset at);
}
