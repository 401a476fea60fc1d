namespace ComplaintDesk.Core.Audit;

/// <summary>The areas the desk's own audit events belong to, as their rows keep them (and the trail is filtered by).</summary>
public static class AuditAreas
{
    public const string Teams = "Teams";

    public const string Categories = "Categories";

    public const string People = "People";

    public const string SlaSettings = "SLA settings";

    public const string Templates = "Templates";

    public const string Complaints = "Complaints";
}
