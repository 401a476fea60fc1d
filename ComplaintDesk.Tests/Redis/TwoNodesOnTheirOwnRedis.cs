namespace ComplaintDesk.Tests.Redis;

/// <summary>Two nodes whose Redis belongs to the test, which may kill it and start it again.</summary>
public sealed class TwoNodesOnTheirOwnRedis : TwoNodes
{
    public RedisServerProcess Redis { get; } = new();

    protected override string RedisServer => Redis.Server;

    public override async Task InitializeAsync()
    {
        await Redis.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Redis.Dispose();
    }
}
