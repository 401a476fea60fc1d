namespace ComplaintDesk.Tests.Redis;

/// <summary>The Redis server <c>./test.sh</c> starts, named by <c>DESK_TEST_REDIS</c> (<c>host:port</c>).</summary>
public static class TestRedis
{
    public const string Variable = "DESK_TEST_REDIS";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{Variable} is not set: run the tests through ./test.sh, which starts Redis.");
}
