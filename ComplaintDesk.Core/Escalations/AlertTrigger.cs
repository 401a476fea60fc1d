namespace ComplaintDesk.Core.Escalations;

/// <summary>What raised an alert (ISO 10002 Annex H).</summary>
public enum AlertTrigger
{
    /// <summary>A clock reached its warning share: the assignee is nudged.</summary>
    Warning,

    /// <summary>A clock passed its deadline.</summary>
    Breach,

    /// <summary>A breach alert stayed unacknowledged for <see cref="EscalationOptions.UnhandledAfter"/>.</summary>
    Unhandled,

    /// <summary>The complainant rejected the decision; the complaint went up a level.</summary>
    Rejected,

    /// <summary>A handler escalated by hand, with a reason.</summary>
    Manual,
}
