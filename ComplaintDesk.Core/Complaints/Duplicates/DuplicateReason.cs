namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>Why another complaint may be the same one, strongest first: a complaint is listed once, for its strongest reason.</summary>
public enum DuplicateReason
{
    SameEmail,
    SamePhone,
    SimilarText,
}
