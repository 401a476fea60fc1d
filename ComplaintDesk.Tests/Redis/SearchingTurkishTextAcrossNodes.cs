using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Redis;

/// <summary>
/// On PostgreSQL, a complaint written through one node is found through the other by any spelling of its Turkish letters:
/// the search index is the database's, not a node's.
/// </summary>
public sealed class SearchingTurkishTextAcrossNodes(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Theory]
    [InlineData("istanbul")]
    [InlineData("İstanbul")]
    [InlineData("ISTANBUL")]
    [InlineData("İSTANBUL")]
    [InlineData("ılık")]
    [InlineData("kadıköy")]
    public async Task A_complaint_received_on_node_A_is_found_on_node_B_by_any_spelling(string typed)
    {
        var handlerOnA = await DeskApi.SignInAsync(nodes.A.App, "handler@demo.local");
        var handlerOnB = await DeskApi.SignInAsync(nodes.B.App, "handler@demo.local");
        var written = await ReceiveAsync(handlerOnA, "İSTANBUL KADIKÖY şubesinde çay ILIK geldi.");
        var other = await ReceiveAsync(handlerOnA, "Ankara şubesinde kahve sıcaktı.");

        var found = await FindAsync(handlerOnB, typed);

        Assert.Contains(written, found);
        Assert.DoesNotContain(other, found);
    }

    private static async Task<string> ReceiveAsync(DeskApi api, string description) =>
        (await api.ReceiveAsync(DeskApi.NewComplaintBody(description)))["reference"]!.GetValue<string>();

    private static async Task<IReadOnlyList<string>> FindAsync(DeskApi api, string typed)
    {
        var page = await api.Http.GetFromJsonAsync<JsonObject>($"/api/v1/complaints?q={Uri.EscapeDataString(typed)}&pageSize=100");
        return [.. page!["items"]!.AsArray().Select(item => item!["reference"]!.GetValue<string>())];
    }
}
