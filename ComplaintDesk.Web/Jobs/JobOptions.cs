namespace ComplaintDesk.Web.Jobs;

/// <summary>The <c>Desk:Jobs</c> settings section: how the nodes sharing a PostgreSQL job store hand work over.</summary>
public sealed class JobOptions
{
    public const string Section = "Desk:Jobs";

    /// <summary>
    /// A job whose node died while running it is run again by another node after this long. The node running a job
    /// renews its claim while it runs, so a long job is never taken from a living node; unused on the embedded default.
    /// </summary>
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromMinutes(5);
}
