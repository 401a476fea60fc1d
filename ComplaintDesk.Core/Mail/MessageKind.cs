namespace ComplaintDesk.Core.Mail;

/// <summary>What a message to the complainant is for; each kind has its template in every language.</summary>
public enum MessageKind
{
    /// <summary>ISO 10002 7.4: the complaint is received, what happens next, when to expect a decision.</summary>
    Acknowledgement,

    /// <summary>ISO 10002 7.3: the handler needs something from the complainant to go on.</summary>
    InformationRequest,

    /// <summary>ISO 10002 7.8: the decision and what it offers.</summary>
    Decision,
}
