using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplaintDesk.Tests.Integration;

public sealed class GuardingTheJobsDashboard(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task An_administrator_sees_the_dashboard()
    {
        var administrator = await DeskApi.SignInAsync(factory, "admin@demo.local");

        var response = await administrator.Http.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ComplaintDesk jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("handler@demo.local")]
    [InlineData("supervisor@demo.local")]
    [InlineData("quality@demo.local")]
    public async Task Anyone_else_is_refused(string email)
    {
        var person = await DeskApi.SignInAsync(factory, email);

        var response = await person.Http.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_signing_in_it_sends_people_to_the_login_page()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
