namespace ComplaintDesk.Core.Complaints;

/// <summary>Everything that can happen to a complaint; each is one timeline event.</summary>
public enum ComplaintMove
{
    Receive,
    Assign,
    Acknowledge,
    Assess,
    Investigate,
    Note,
    AwaitComplainant,
    Resume,
    ProposeResponse,
    CommunicateDecision,
    Close,
    RejectDecision,
    Withdraw,
    Escalate,

    /// <summary>The desk itself raised an SLA alert (Annex H); nobody makes this move by hand.</summary>
    RaiseAlert,

    /// <summary>The complainant's personal data was erased (ISO 10002 4.10): by retention or on request; not a step of the process.</summary>
    AnonymisePersonalData,

    /// <summary>The complainant added information through their status link; only the complainant makes this move.</summary>
    ComplainantInformation,

    /// <summary>Closed as a duplicate of another open complaint, which carries on for both.</summary>
    Merge,

    /// <summary>Another complaint was merged into this one; recorded by the merge, nobody makes this move by hand.</summary>
    DuplicateMergedIn,

    /// <summary>How satisfied the complainant is with the handling, once it is closed (ISO 10002 8.3): recorded once.</summary>
    RecordSatisfaction,

    /// <summary>The root cause found and the corrective action taken on it (ISO 10002 8.5–8.7); recorded again as it becomes clearer.</summary>
    RecordRootCause,

    /// <summary>The complainant's name, contacts or language corrected (ISO 10002 4.9): which ones are recorded, never their values.</summary>
    CorrectComplainant,

    /// <summary>The staff member the complaint is about named, changed or cleared once it is known better (ISO 10002 4.6, Annex D).</summary>
    CorrectSubjectStaff,
}
