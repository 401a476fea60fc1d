using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Processes;
using ComplaintDesk.Web.Hubs;
using ComplaintDesk.Web.Jobs;

namespace ComplaintDesk.Tests.Failover;

/// <summary>
/// The settings every node of a failover test shares: one PostgreSQL database, one Redis under a prefix of the
/// test's own, Critical complaints whose acknowledge target is short enough to breach while the test watches, and jobs
/// abandoned by a dead node taken over as soon.
/// </summary>
public sealed class FailoverDesk(string database, string redis)
{
    /// <summary>A node killed within a few seconds of a registration is gone well before its first warning.</summary>
    public static TimeSpan CriticalAcknowledge { get; } = TimeSpan.FromSeconds(30);

    /// <summary>A job a killed node was running goes to another node this long after its last sign of life.</summary>
    public static TimeSpan AbandonedAfter { get; } = TimeSpan.FromSeconds(15);

    public string Database => database;

    /// <summary>A node of this desk as a process of its own, for a test to kill; its workbooks in a folder of its own.</summary>
    public Task<DeskWebProcess> StartNodeAsync() =>
        DeskWebProcess.StartAsync("Testing", folder => new Dictionary<string, string>(Settings) { ["Desk:Reports:Folder"] = folder, ["Desk:Mail:PickupDirectory"] = Path.Combine(folder, "mail"), ["Desk:Mail:InboundDirectory"] = Path.Combine(folder, "incoming") });

    public IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Desk:DemoData"] = "true",
        ["Desk:DefaultCulture"] = "en",
        [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = nameof(DeskDatabaseProvider.Postgres),
        ["ConnectionStrings:Desk"] = database,
        ["ConnectionStrings:Redis"] = redis,
        [$"{BackplaneOptions.Section}:{nameof(BackplaneOptions.ChannelPrefix)}"] = $"desk-{Guid.NewGuid():N}",
        ["Desk:Sla:Policies:Critical:Acknowledge"] = CriticalAcknowledge.ToString("c"),
        ["Desk:Sla:Policies:Critical:AroundTheClock"] = "true",
        [$"{JobOptions.Section}:{nameof(JobOptions.AbandonedAfter)}"] = AbandonedAfter.ToString("c"),
    };
}
