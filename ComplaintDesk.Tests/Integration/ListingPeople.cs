using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class ListingPeople(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Lists_everyone_by_name_with_roles_and_state()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);

        var list = (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/users"))!;

        Assert.Equal(5, list["total"]!.GetValue<int>());
        var first = list["items"]!.AsArray()[0]!.AsObject();
        Assert.Equal(["id", "email", "displayName", "roles", "active"], first.Select(p => p.Key));
        Assert.Equal(
            ["Ayşe Yılmaz", "Can Öztürk", "Elif Şahin", "Mehmet Demir", "Zeynep Kaya"],
            list["items"]!.AsArray().Select(i => i!["displayName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Searches_e_mail_and_name_and_pages_with_the_real_total()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);

        var byEmail = (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/users?q=HANDLER"))!;
        var byName = (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/users?q=kaya"))!;
        var second = (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/users?page=2&pageSize=2"))!;
        var farAway = (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users?page={int.MaxValue}&pageSize=200"))!;

        Assert.Equal(2, byEmail["total"]!.GetValue<int>());
        Assert.Equal("supervisor@demo.local", Assert.Single(byName["items"]!.AsArray())!["email"]!.GetValue<string>());
        Assert.Equal(["Elif Şahin", "Mehmet Demir"], second["items"]!.AsArray().Select(i => i!["displayName"]!.GetValue<string>()));
        Assert.Empty(farAway["items"]!.AsArray());
        Assert.Equal(5, farAway["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_page_below_one_or_an_oversized_page_is_a_field_error()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);

        var response = await admin.Http.GetAsync("/api/v1/users?page=0&pageSize=5000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["page", "pageSize"], await PeopleApi.FieldsAsync(response));
    }
}
