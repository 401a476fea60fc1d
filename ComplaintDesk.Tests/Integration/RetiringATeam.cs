using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A team is retired, never deleted, and only once no category is given to it; a retired team is given none.</summary>
public sealed class RetiringATeam(DeskApiFactory app) : IClassFixture<DeskApiFactory>
{
    private static async Task<int> TeamWithCategoryAsync(DeskApi admin, string team, string category)
    {
        var created = await (await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name = team })).Content.ReadFromJsonAsync<JsonObject>();
        var id = created!["id"]!.GetValue<int>();
        (await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = category })).EnsureSuccessStatusCode();
        (await admin.Http.PutAsJsonAsync($"/api/v1/categories/{Uri.EscapeDataString(category)}/team", new { teamId = id })).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task Refused_while_a_category_is_given_to_it_and_done_once_it_is_given_away()
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        var id = await TeamWithCategoryAsync(admin, "Kiosks", "Kiosk faults");

        var refused = await admin.Http.PostAsync($"/api/v1/teams/{id}/retire", null);
        (await admin.Http.PutAsJsonAsync("/api/v1/categories/Kiosk%20faults/team", new { teamId = (int?)null })).EnsureSuccessStatusCode();
        var retired = await admin.Http.PostAsync($"/api/v1/teams/{id}/retire", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Kiosk faults", (await DeskApi.ProblemAsync(refused))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.False((await retired.Content.ReadFromJsonAsync<JsonObject>())!["active"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_retired_team_is_given_no_category_until_it_is_brought_back()
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        var id = await TeamWithCategoryAsync(admin, "Vans", "Van deliveries");
        (await admin.Http.PutAsJsonAsync("/api/v1/categories/Van%20deliveries/team", new { teamId = (int?)null })).EnsureSuccessStatusCode();
        (await admin.Http.PostAsync($"/api/v1/teams/{id}/retire", null)).EnsureSuccessStatusCode();

        var refused = await admin.Http.PutAsJsonAsync("/api/v1/categories/Van%20deliveries/team", new { teamId = id });
        (await admin.Http.PostAsync($"/api/v1/teams/{id}/activate", null)).EnsureSuccessStatusCode();
        var given = await admin.Http.PutAsJsonAsync("/api/v1/categories/Van%20deliveries/team", new { teamId = id });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is retired", (await DeskApi.ProblemAsync(refused))["errors"]!["teamId"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
    }

    [Fact]
    public async Task Refused_with_403_for_a_supervisor()
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        var supervisor = await DeskApi.SignInAsync(app, "supervisor@demo.local");
        var id = (await (await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name = "Empty" })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        var response = await supervisor.Http.PostAsync($"/api/v1/teams/{id}/retire", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var teams = await admin.Http.GetFromJsonAsync<JsonArray>("/api/v1/teams");
        Assert.True(teams!.Single(t => t!["id"]!.GetValue<int>() == id)!["active"]!.GetValue<bool>());
    }
}
