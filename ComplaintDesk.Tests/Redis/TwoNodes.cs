using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Postgres;

namespace ComplaintDesk.Tests.Redis;

/// <summary>
/// Two nodes of one desk on real Kestrel: one PostgreSQL database, one Redis. Node A starts first and prepares the
/// database; node B then starts on it. The channel prefix is the fixture's own, so suites sharing a Redis never meet.
/// </summary>
public class TwoNodes : IAsyncLifetime
{
    private string _database = "";

    public LiveDesk A { get; private set; } = default!;

    public LiveDesk B { get; private set; } = default!;

    protected virtual string RedisServer => TestRedis.Server;

    public virtual async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateEmptyAsync();
        var prefix = $"desk-{Guid.NewGuid():N}";
        A = new LiveDesk(new DeskNodeFactory(_database, RedisServer, prefix));
        await A.InitializeAsync();
        B = new LiveDesk(new DeskNodeFactory(_database, RedisServer, prefix));
        await B.InitializeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await TestPostgres.DropAsync(_database);
    }
}
