using ComplaintDesk.Tests.Redis;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// One node, or several on one SQLite file and a Redis of the run's own (Debian's <c>redis-server</c>), each on
/// real Kestrel in this process. The first node prepares the database; the others start on it after.
/// </summary>
internal sealed class DeskNodes : IDisposable
{
    private readonly RedisServerProcess? _redis;

    private DeskNodes(RedisServerProcess? redis, IReadOnlyList<LiveDeskHost> all) => (_redis, All) = (redis, all);

    public IReadOnlyList<LiveDeskHost> All { get; }

    public LiveDeskHost First => All[0];

    public static async Task<DeskNodes> StartAsync(int count)
    {
        if (count == 1)
        {
            return new DeskNodes(null, [LiveDeskHost.Start(new Dictionary<string, string>())]);
        }

        var redis = new RedisServerProcess();
        await redis.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.Server };
        var first = LiveDeskHost.Start(settings);
        return new DeskNodes(redis, [first, .. Enumerable.Range(1, count - 1).Select(_ => LiveDeskHost.Start(settings, first.Folder))]);
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
