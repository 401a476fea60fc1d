namespace ComplaintDesk.Core.Complaints;

/// <summary>ISO 10002 Annex H: who a complaint at each escalation level is in the hands of.</summary>
public static class EscalationLevels
{
    public const int Highest = 3;

    public static string Describe(int level) => level switch
    {
        0 => "handler",
        1 => "supervisor",
        2 => "complaints and quality manager",
        _ => "top management or external dispute resolution",
    };
}
