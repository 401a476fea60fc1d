namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>What became of one incoming message.</summary>
public enum IntakeOutcome
{
    /// <summary>Added to the complaint its subject quotes, as the complainant's information.</summary>
    AddedToComplaint,

    /// <summary>Registered as a new complaint.</summary>
    Registered,

    /// <summary>Registered as a new complaint naming the closed or withdrawn one its subject quotes.</summary>
    FollowedUp,

    /// <summary>Taken before (the same message again); nothing written.</summary>
    AlreadyTaken,

    /// <summary>Written by a machine (an auto-reply, a bounce) or by the desk itself; nothing written.</summary>
    Ignored,

    /// <summary>Not a complaint the rules accept (no sender, no words); nothing written.</summary>
    Refused,
}
