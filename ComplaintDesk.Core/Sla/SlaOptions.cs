using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Sla;

/// <summary><c>Desk:Sla</c>: targets per priority (and category overrides), the warning share and the priority before assessment.</summary>
public sealed class SlaOptions
{
    public const string Section = "Desk:Sla";

    public double WarningShare { get; set; } = 0.75;

    public Priority DefaultPriority { get; set; } = Priority.Medium;

    public Dictionary<Priority, PolicyOptions> Policies { get; set; } = [];

    /// <summary>Per category name, the priorities whose targets differ from <see cref="Policies"/>.</summary>
    public Dictionary<string, Dictionary<Priority, PolicyOptions>> CategoryPolicies { get; set; } = [];

    public sealed class PolicyOptions
    {
        public TimeSpan Acknowledge { get; set; }

        public TimeSpan Respond { get; set; }

        public TimeSpan Resolve { get; set; }

        public bool AroundTheClock { get; set; }
    }
}
