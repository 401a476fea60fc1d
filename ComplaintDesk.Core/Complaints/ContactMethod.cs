namespace ComplaintDesk.Core.Complaints;

/// <summary>How the complainant prefers to be contacted (Annex C).</summary>
public enum ContactMethod
{
    Email,
    Phone,
    Letter,
}
