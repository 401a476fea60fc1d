using System.Net;

namespace ComplaintDesk.Tests.Integration;

public sealed class AnsweringUnknownAddresses(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_person_gets_the_desks_not_found_page()
    {
        var response = await factory.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is nothing at this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_caller_gets_problem_details()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var response = await api.Http.GetAsync("/api/v1/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await DeskApi.ProblemAsync(response))["status"]!.GetValue<int>());
    }
}
