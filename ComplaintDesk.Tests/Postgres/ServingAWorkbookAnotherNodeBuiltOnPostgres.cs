using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>On PostgreSQL the monthly workbooks are kept in the shared database: any node serves one another node built.</summary>
public sealed class ServingAWorkbookAnotherNodeBuiltOnPostgres : IAsyncLifetime
{
    // The nodes' fake clocks stand on 23 November 2026: demo complaints were received in November.
    private const string Month = "2026-11";
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestPostgres.CreateEmptyAsync();

    public Task DisposeAsync() => TestPostgres.DropAsync(_database);

    [Fact]
    public async Task A_workbook_built_on_one_node_downloads_from_another_whose_folder_holds_nothing()
    {
        await using var builder = new PostgresNode(_database);
        await using var server = new PostgresNode(_database);
        var building = await DeskApi.SignInAsync(builder, "quality@demo.local");
        var serving = await DeskApi.SignInAsync(server, "quality@demo.local");

        var run = (await (await building.Http.PostAsync($"/api/v1/reports/monthly/{Month}", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var download = await serving.Http.GetAsync($"/api/v1/reports/monthly/{Month}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(run["bytes"]!.GetValue<long>(), (await download.Content.ReadAsByteArrayAsync()).LongLength);
        Assert.Empty(FilesIn(builder.ReportsFolder).Concat(FilesIn(server.ReportsFolder)));
    }

    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories) : [];
}
