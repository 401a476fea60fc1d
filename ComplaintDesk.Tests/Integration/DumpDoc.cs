namespace ComplaintDesk.Tests.Integration;
public sealed class DumpDoc(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Dump()
    {
        var http = factory.CreateClient();
        File.WriteAllText("/tmp/openapi.json", await http.GetStringAsync("/openapi/v1.json"));
    }
}
