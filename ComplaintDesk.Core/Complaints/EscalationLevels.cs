namespace ComplaintDesk.Core.Complaints;

/// <summary>ISO 10002 Annex H: how high a complaint can go; whose hands each level puts it in is <see cref="Messages.ComplaintKeys.Level"/>.</summary>
public static class EscalationLevels
{
    public const int Highest = 3;
}
