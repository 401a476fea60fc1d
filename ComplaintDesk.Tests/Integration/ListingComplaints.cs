using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public class ListingComplaints(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Lists_newest_first_in_pages_of_25_by_default()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var page = await ListAsync(api, "");
        var received = page.Items.Select(i => i["receivedAt"]!.GetValue<DateTimeOffset>()).ToList();

        Assert.Equal(25, page.Items.Count);
        Assert.True(page.Total >= 36);
        Assert.Equal(received.OrderByDescending(r => r), received);
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_cover_the_total()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var first = await ListAsync(api, "?page=1&pageSize=20&sort=reference");
        var second = await ListAsync(api, "?page=2&pageSize=20&sort=reference");
        var references = first.Items.Concat(second.Items).Select(i => i["reference"]!.GetValue<string>()).ToList();

        Assert.Equal(references.Distinct().Count(), references.Count);
        Assert.Equal(Math.Min(40, first.Total), references.Count);
        Assert.Equal(references.Order(StringComparer.Ordinal), references);
    }

    [Fact]
    public async Task Filters_by_status_assignee_priority_and_text()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler2@demo.local");
        var reference = (await handler.ReceiveAsync(DeskApi.NewComplaintBody("A very particular zebra-striped complaint.")))["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });

        var mine = await ListAsync(handler, "?assignee=me&status=Acknowledged,Received");
        var byText = await ListAsync(handler, "?q=zebra-striped");
        var unassigned = await ListAsync(handler, "?assignee=unassigned");
        var critical = await ListAsync(handler, "?priority=Critical&sort=-priority");

        Assert.Contains(mine.Items, i => i["reference"]!.GetValue<string>() == reference);
        Assert.All(mine.Items, i => Assert.Equal("handler2@demo.local", i["assignee"]!.GetValue<string>()));
        Assert.Equal([reference], byText.Items.Select(i => i["reference"]!.GetValue<string>()));
        Assert.All(unassigned.Items, i => Assert.Null(i["assignee"]));
        Assert.All(critical.Items, i => Assert.Equal("Critical", i["priority"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Text_search_treats_like_wildcards_literally()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");

        Assert.Equal(0, (await ListAsync(api, "?q=%25")).Total);
    }

    private static async Task<(List<JsonObject> Items, int Total)> ListAsync(DeskApi api, string query)
    {
        var body = (await api.Http.GetFromJsonAsync<JsonObject>($"/api/v1/complaints{query}"))!;
        return (body["items"]!.AsArray().Select(i => i!.AsObject()).ToList(), body["total"]!.GetValue<int>());
    }
}
