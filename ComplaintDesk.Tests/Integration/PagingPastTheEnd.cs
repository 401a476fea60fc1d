using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class PagingPastTheEnd(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData(2147483647, 200)]
    [InlineData(2147483647, 1)]
    [InlineData(21474837, 100)]
    [InlineData(1000, 25)]
    public async Task A_page_past_the_end_is_empty_and_carries_the_real_total(int page, int pageSize)
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var total = (await api.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints"))!["total"]!.GetValue<int>();

        var answer = await api.Http.GetAsync($"/api/v1/complaints?page={page}&pageSize={pageSize}");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Empty(body["items"]!.AsArray());
        Assert.Equal(total, body["total"]!.GetValue<int>());
        Assert.True(total > 0);
    }
}
