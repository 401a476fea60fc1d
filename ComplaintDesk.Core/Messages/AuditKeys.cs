using ComplaintDesk.Core.Audit;

namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what the desk's own audit trail says changed (ISO 10002 8.5), and of the areas it changed in.</summary>
public static class AuditKeys
{
    /// <summary>An audit event as the trail lists it: its area, then what changed.</summary>
    public const string InArea = "Core.Audit.InArea";

    public const string TeamAdded = "Core.Audit.TeamAdded";

    public const string TeamRenamed = "Core.Audit.TeamRenamed";

    public const string TeamRetired = "Core.Audit.TeamRetired";

    public const string TeamBroughtBack = "Core.Audit.TeamBroughtBack";

    public const string TeamMembers = "Core.Audit.TeamMembers";

    public const string CategoryAdded = "Core.Audit.CategoryAdded";

    public const string CategoryRenamed = "Core.Audit.CategoryRenamed";

    public const string CategoryRetired = "Core.Audit.CategoryRetired";

    public const string CategoryBroughtBack = "Core.Audit.CategoryBroughtBack";

    public const string CategoryToDesk = "Core.Audit.CategoryToDesk";

    public const string CategoryToTeam = "Core.Audit.CategoryToTeam";

    public const string PersonCreated = "Core.Audit.PersonCreated";

    public const string PersonCreatedToChoosePassword = "Core.Audit.PersonCreatedToChoosePassword";

    public const string RolesChanged = "Core.Audit.RolesChanged";

    public const string Deactivated = "Core.Audit.Deactivated";

    public const string Reactivated = "Core.Audit.Reactivated";

    public const string PasswordReset = "Core.Audit.PasswordReset";

    /// <summary>Its values are the key's name, the person's e-mail and the key's scope.</summary>
    public const string ApiKeyIssued = "Core.Audit.ApiKeyIssued";

    /// <summary>Its values are the key's name and the person's e-mail.</summary>
    public const string ApiKeyRevoked = "Core.Audit.ApiKeyRevoked";

    public const string OwnPasswordChanged = "Core.Audit.OwnPasswordChanged";

    public const string SlaChanged = "Core.Audit.SlaChanged";

    public const string ComplaintMerged = "Core.Audit.ComplaintMerged";

    /// <summary>An area by the name its rows keep; an area the desk no longer writes shows as stored.</summary>
    public static DeskMessage Area(string area) => area switch
    {
        AuditAreas.Teams => DeskMessage.Of("Core.Audit.Area.Teams"),
        AuditAreas.Categories => DeskMessage.Of("Core.Audit.Area.Categories"),
        AuditAreas.People => DeskMessage.Of("Core.Audit.Area.People"),
        AuditAreas.SlaSettings => DeskMessage.Of("Core.Audit.Area.SlaSettings"),
        AuditAreas.Templates => DeskMessage.Of("Core.Audit.Area.Templates"),
        AuditAreas.Complaints => DeskMessage.Of("Core.Audit.Area.Complaints"),
        _ => DeskMessage.Unkeyed(area),
    };
}
