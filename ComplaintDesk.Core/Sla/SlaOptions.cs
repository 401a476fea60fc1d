using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Sla;

/// <summary><c>Desk:Sla</c>: targets per priority, the warning share and the priority before assessment.</summary>
public sealed class SlaOptions
{
    public const string Section = "Desk:Sla";

    public double WarningShare { get; set; } = 0.75;

    public Priority DefaultPriority { get; set; } = Priority.Medium;

    public Dictionary<Priority, PolicyOptions> Policies { get; set; } = [];

    public sealed class PolicyOptions
    {
        public TimeSpan Acknowledge { get; set; }

        public TimeSpan Respond { get; set; }

        public TimeSpan Resolve { get; set; }

        public bool AroundTheClock { get; set; }
    }

    /// <summary>Everything wrong with these settings, in words an administrator understands.</summary>
    public IEnumerable<string> Problems()
    {
        if (WarningShare is <= 0 or > 1)
        {
            yield return "Desk:Sla:WarningShare must be more than 0 and at most 1.";
        }

        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!Policies.TryGetValue(priority, out var policy))
            {
                yield return $"Desk:Sla:Policies:{priority} is missing.";
            }
            else if (policy.Acknowledge <= TimeSpan.Zero || policy.Respond <= TimeSpan.Zero || policy.Resolve <= TimeSpan.Zero)
            {
                yield return $"Desk:Sla:Policies:{priority} needs Acknowledge, Respond and Resolve targets above zero.";
            }
        }
    }
}
