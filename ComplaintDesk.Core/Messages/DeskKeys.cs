namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what Core tells a person about the desk's organisation, people, settings and records.</summary>
public static class DeskKeys
{
    public const string OnlyAdministratorsSeeTeams = "Core.Desk.OnlyAdministratorsSeeTeams";

    public const string OnlyAdministratorsSeeTeamCandidates = "Core.Desk.OnlyAdministratorsSeeTeamCandidates";

    public const string OnlyAdministratorsAddTeams = "Core.Desk.OnlyAdministratorsAddTeams";

    public const string OnlyAdministratorsRenameTeams = "Core.Desk.OnlyAdministratorsRenameTeams";

    public const string OnlyAdministratorsRetireTeams = "Core.Desk.OnlyAdministratorsRetireTeams";

    public const string OnlyAdministratorsBringTeamsBack = "Core.Desk.OnlyAdministratorsBringTeamsBack";

    public const string OnlyAdministratorsChooseTeamMembers = "Core.Desk.OnlyAdministratorsChooseTeamMembers";

    public const string OnlyAdministratorsAddCategories = "Core.Desk.OnlyAdministratorsAddCategories";

    public const string OnlyAdministratorsRenameCategories = "Core.Desk.OnlyAdministratorsRenameCategories";

    public const string OnlyAdministratorsRetireCategories = "Core.Desk.OnlyAdministratorsRetireCategories";

    public const string OnlyAdministratorsBringCategoriesBack = "Core.Desk.OnlyAdministratorsBringCategoriesBack";

    public const string OnlyAdministratorsGiveCategories = "Core.Desk.OnlyAdministratorsGiveCategories";

    public const string TeamStillHasCategories = "Core.Desk.TeamStillHasCategories";

    public const string TeamRetiredAlready = "Core.Desk.TeamRetiredAlready";

    public const string TeamActiveAlready = "Core.Desk.TeamActiveAlready";

    public const string NobodyWithId = "Core.Desk.NobodyWithId";

    public const string NoSuchTeam = "Core.Desk.NoSuchTeam";

    public const string TeamNameTaken = "Core.Desk.TeamNameTaken";

    public const string CategoryRetiredAlready = "Core.Desk.CategoryRetiredAlready";

    public const string CategoryActiveAlready = "Core.Desk.CategoryActiveAlready";

    public const string TeamRetired = "Core.Desk.TeamRetired";

    public const string NoSuchCategory = "Core.Desk.NoSuchCategory";

    public const string CategoryNameTaken = "Core.Desk.CategoryNameTaken";

    public const string ViewNameTaken = "Core.Desk.ViewNameTaken";

    public const string TooManyViews = "Core.Desk.TooManyViews";

    public const string NoSuchView = "Core.Desk.NoSuchView";

    public const string NoSuchPerson = "Core.Desk.NoSuchPerson";

    public const string LastAdministratorDemoted = "Core.Desk.LastAdministratorDemoted";

    public const string LastAdministratorDeactivated = "Core.Desk.LastAdministratorDeactivated";

    public const string PasswordMissing = "Core.Desk.PasswordMissing";

    public const string EmailTaken = "Core.Desk.EmailTaken";

    public const string EmailTakenBy = "Core.Desk.EmailTakenBy";

    public const string OnlyAdministratorsManagePeople = "Core.Desk.OnlyAdministratorsManagePeople";

    public const string ApiKeyNameMissing = "Core.Desk.ApiKeyNameMissing";

    public const string ApiKeyScopeMissing = "Core.Desk.ApiKeyScopeMissing";

    /// <summary>Its value is the person's name.</summary>
    public const string ApiKeyForDeactivated = "Core.Desk.ApiKeyForDeactivated";

    /// <summary>An intake key for a person whose roles do not register complaints; its value is the person's name.</summary>
    public const string ApiKeyIntakeNeedsReceiving = "Core.Desk.ApiKeyIntakeNeedsReceiving";

    public const string NoSuchApiKey = "Core.Desk.NoSuchApiKey";

    public const string PersonEmailMissing = "Core.Desk.PersonEmailMissing";

    public const string PersonEmailShape = "Core.Desk.PersonEmailShape";

    public const string DisplayNameMissing = "Core.Desk.DisplayNameMissing";

    public const string DisplayNameCharacters = "Core.Desk.DisplayNameCharacters";

    public const string RoleMissing = "Core.Desk.RoleMissing";

    public const string NotCurrentPassword = "Core.Desk.NotCurrentPassword";

    public const string SamePassword = "Core.Desk.SamePassword";

    public const string TimeZoneUnknown = "Core.Desk.TimeZoneUnknown";

    public const string WorkingDayMissing = "Core.Desk.WorkingDayMissing";

    public const string WorkingDayEnd = "Core.Desk.WorkingDayEnd";

    public const string WarningShare = "Core.Desk.WarningShare";

    public const string PolicyTargets = "Core.Desk.PolicyTargets";

    public const string CategoryPolicyTargets = "Core.Desk.CategoryPolicyTargets";

    public const string OnlyAdministratorsChangeSla = "Core.Desk.OnlyAdministratorsChangeSla";

    public const string PersonalDataForSupervisors = "Core.Desk.PersonalDataForSupervisors";

    public const string MonitoringRoles = "Core.Desk.MonitoringRoles";

    public const string AuditRoles = "Core.Desk.AuditRoles";

    public const string OnlyAdministratorsAnonymise = "Core.Desk.OnlyAdministratorsAnonymise";

    public const string ErasureReason = "Core.Desk.ErasureReason";
}
