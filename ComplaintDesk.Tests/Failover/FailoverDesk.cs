using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Tests.Failover;

/// <summary>
/// The settings every node of a failover test shares: one PostgreSQL database, one Redis under a prefix of the
/// test's own, and Critical complaints whose acknowledge target is short enough to breach while the test watches.
/// </summary>
public sealed class FailoverDesk(string database, string redis)
{
    /// <summary>A node killed within a few seconds of a registration is gone well before its first warning.</summary>
    public static TimeSpan CriticalAcknowledge { get; } = TimeSpan.FromSeconds(30);

    public string Database => database;

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
    };
}
