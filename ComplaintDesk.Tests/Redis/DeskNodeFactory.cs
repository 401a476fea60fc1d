using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.Hubs;

namespace ComplaintDesk.Tests.Redis;

/// <summary>One node of a desk that runs on several: the real app on a shared PostgreSQL database and a shared Redis.</summary>
public sealed class DeskNodeFactory(string database, string redis, string channelPrefix) : DeskApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Desk:DemoData"] = "true",
        [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = nameof(DeskDatabaseProvider.Postgres),
        ["ConnectionStrings:Desk"] = database,
        ["ConnectionStrings:Redis"] = redis,
        [$"{BackplaneOptions.Section}:{nameof(BackplaneOptions.ChannelPrefix)}"] = channelPrefix,
    };
}
