using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Redis;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// One node, or several sharing a Redis of the run's own (Debian's <c>redis-server</c>), each on real Kestrel in this
/// process: on one SQLite file, or on the PostgreSQL database given. The first node prepares the database; the others
/// start on it after.
/// </summary>
internal sealed class DeskNodes : IDisposable
{
    private readonly RedisServerProcess? _redis;

    private DeskNodes(RedisServerProcess? redis, IReadOnlyList<LiveDeskHost> all) => (_redis, All) = (redis, all);

    public IReadOnlyList<LiveDeskHost> All { get; }

    public LiveDeskHost First => All[0];

    public LiveDeskHost Last => All[^1];

    /// <param name="settings">Settings every node shares.</param>
    /// <param name="postgres">A PostgreSQL database for the nodes (and Hangfire's jobs), instead of a SQLite file.</param>
    public static async Task<DeskNodes> StartAsync(int count, IReadOnlyDictionary<string, string> settings, string? postgres = null)
    {
        var shared = new Dictionary<string, string>(settings);
        if (postgres is not null)
        {
            shared[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = nameof(DeskDatabaseProvider.Postgres);
            shared["ConnectionStrings:Desk"] = postgres;
        }

        if (count == 1)
        {
            return new DeskNodes(null, [LiveDeskHost.Start(shared)]);
        }

        var redis = new RedisServerProcess();
        await redis.StartAsync();
        shared["ConnectionStrings:Redis"] = redis.Server;
        var first = LiveDeskHost.Start(shared);
        return new DeskNodes(redis, [first, .. Enumerable.Range(1, count - 1).Select(_ => LiveDeskHost.Start(shared, first.Folder))]);
    }

    public void Dispose()
    {
        foreach (var node in All.Reverse())
        {
            node.Dispose();
        }

        _redis?.Dispose();
    }
}
