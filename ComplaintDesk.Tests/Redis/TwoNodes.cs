using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Postgres;

namespace ComplaintDesk.Tests.Redis;

/// <summary>
/// Two nodes of one desk on real Kestrel: one PostgreSQL database, one Redis. Node A starts first and prepares the
/// database; node B then starts on it. The channel prefix is the fixture's own, so suites sharing a Redis never meet.
/// </summary>
public class TwoNodes : IAsyncLifetime
{
    private readonly string _prefix = $"desk-{Guid.NewGuid():N}";
    private string _database = "";

    public LiveDesk A { get; private set; } = default!;

    public LiveDesk B { get; private set; } = default!;

    protected virtual string RedisServer => TestRedis.Server;

    public virtual async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateEmptyAsync();
        A = await StartAnotherAsync();
        B = await StartAnotherAsync();
    }

    /// <summary>One more node of the same desk, started now; the caller disposes it.</summary>
    public async Task<LiveDesk> StartAnotherAsync()
    {
        var node = new LiveDesk(new DeskNodeFactory(_database, RedisServer, _prefix));
        await node.InitializeAsync();
        return node;
    }

    public virtual async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await TestPostgres.DropAsync(_database);
    }
}
