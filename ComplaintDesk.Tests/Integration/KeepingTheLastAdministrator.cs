using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class KeepingTheLastAdministrator(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task The_only_active_administrator_can_be_neither_deactivated_nor_demoted_and_stays_one()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = await IdOfAsync(admin, "admin@demo.local");

        var deactivate = await admin.Http.PostAsync($"/api/v1/users/{id}/deactivate", null);
        var demote = await admin.Http.PutAsJsonAsync($"/api/v1/users/{id}/roles", PeopleApi.Roles("Supervisor"));

        Assert.Equal(HttpStatusCode.Conflict, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("last active administrator", (await DeskApi.ProblemAsync(deactivate))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("last active administrator", (await DeskApi.ProblemAsync(demote))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var after = (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users/{id}"))!;
        Assert.True(after["active"]!.GetValue<bool>());
        Assert.Equal(["Administrator"], after["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_second_administrator_counts_only_while_active()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var self = await IdOfAsync(admin, "admin@demo.local");
        var second = (await PeopleApi.CreatedAsync(admin, "second.admin@example.com", "Administrator"))["id"]!.GetValue<string>();
        await admin.Http.PostAsync($"/api/v1/users/{second}/deactivate", null);

        var refused = await admin.Http.PutAsJsonAsync($"/api/v1/users/{self}/roles", PeopleApi.Roles("QualityManager"));
        await admin.Http.PostAsync($"/api/v1/users/{second}/activate", null);
        var allowed = await admin.Http.PutAsJsonAsync($"/api/v1/users/{second}/roles", PeopleApi.Roles("QualityManager"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private static async Task<string> IdOfAsync(DeskApi admin, string email)
    {
        var found = (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users?q={Uri.EscapeDataString(email)}"))!;
        return found["items"]!.AsArray().Single(i => i!["email"]!.GetValue<string>() == email)!["id"]!.GetValue<string>();
    }
}
