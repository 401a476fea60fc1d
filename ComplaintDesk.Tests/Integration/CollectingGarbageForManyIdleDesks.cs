using System.Text.Json;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// The desk runs on the workstation garbage collector: a node holds many idle circuits, and the server collector's
/// room to allocate would cost each of them memory.
/// </summary>
public sealed class CollectingGarbageForManyIdleDesks
{
    [Fact]
    public void The_desks_runtime_configuration_turns_the_server_collector_off()
    {
        using var configuration = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ComplaintDesk.Web.runtimeconfig.json")));

        var serverGc = configuration.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.GC.Server");

        Assert.False(serverGc.GetBoolean());
    }
}
