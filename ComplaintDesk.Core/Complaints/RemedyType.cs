namespace ComplaintDesk.Core.Complaints;

/// <summary>ISO 10002 Annex G: the kinds of remedy a response may offer.</summary>
public enum RemedyType
{
    Explanation,
    Apology,
    Replacement,
    Repair,
    Refund,
    Compensation,
    Other,
}
