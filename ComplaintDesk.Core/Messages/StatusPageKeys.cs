namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what Core tells a complainant on their status page, and a handler about the complainant's own moves.</summary>
public static class StatusPageKeys
{
    public const string NoSuchLink = "Core.StatusPage.NoSuchLink";

    /// <summary>No file the desk sent this complaint's complainant by that number.</summary>
    public const string NoSuchFile = "Core.StatusPage.NoSuchFile";

    public const string InformationMissing = "Core.StatusPage.InformationMissing";

    public const string ReasonMissing = "Core.StatusPage.ReasonMissing";

    public const string SatisfactionMissing = "Core.StatusPage.SatisfactionMissing";

    public const string InformationNotNow = "Core.StatusPage.InformationNotNow";

    public const string AcceptNotNow = "Core.StatusPage.AcceptNotNow";

    public const string RejectNotNow = "Core.StatusPage.RejectNotNow";

    public const string SatisfactionNotNow = "Core.StatusPage.SatisfactionNotNow";

    public const string NotTheComplainants = "Core.StatusPage.NotTheComplainants";

    public const string OnlyTheComplainant = "Core.StatusPage.OnlyTheComplainant";
}
