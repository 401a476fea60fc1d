namespace ComplaintDesk.Core.Complaints;

/// <summary>How words reach the desk or leave it (ISO 10002 4.3, 7.1).</summary>
public enum Channel
{
    Web,
    Email,
    Phone,
    Letter,
    InPerson,
    SocialMedia,
}
