namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what Core tells a person about alerts and their triage.</summary>
public static class AlertKeys
{
    public const string NoSuchAlert = "Core.Alert.NoSuchAlert";

    public const string AcknowledgedMomentAgo = "Core.Alert.AcknowledgedMomentAgo";

    public const string LevelRange = "Core.Alert.LevelRange";

    public const string KindOneOf = "Core.Alert.KindOneOf";

    public const string NegativeAge = "Core.Alert.NegativeAge";

    public const string AlertCount = "Core.Alert.AlertCount";

    public const string ForSomeoneElse = "Core.Alert.ForSomeoneElse";

    public const string AlreadyAcknowledged = "Core.Alert.AlreadyAcknowledged";
}
