using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The category and team routes answer only what the served API document lists, with bodies that validate against it.</summary>
public sealed class KeepingTheOrganisationToTheApiDocument(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Categories_answer_as_documented()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var anonymous = factory.CreateClient();
        var team = await TeamAsync(admin, "Conformers");

        var answers = new[]
        {
            await handler.Http.GetAsync("/api/v1/categories"),
            await anonymous.GetAsync("/api/v1/categories"),
            await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = "Conformance" }),
            await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = "conformance" }),
            await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = "" }),
            await admin.Http.PostAsync("/api/v1/categories", new StringContent("{}", Encoding.UTF8, "text/plain")),
            await handler.Http.PostAsJsonAsync("/api/v1/categories", new { name = "Handlers' own" }),
            await anonymous.PostAsJsonAsync("/api/v1/categories", new { name = "Nobody's" }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Conformance", new { name = "Conforming" }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Conforming", new { name = "General" }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Conforming", new { name = " " }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/No%20such", new { name = "Anything" }),
            await handler.Http.PutAsJsonAsync("/api/v1/categories/Conforming", new { name = "Mine" }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Conforming/team", new { teamId = team }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Conforming/team", new { teamId = (int?)null }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Conforming/team", new { teamId = 999999 }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/No%20such/team", new { teamId = team }),
            await handler.Http.PutAsJsonAsync("/api/v1/categories/Conforming/team", new { teamId = team }),
            await admin.Http.PostAsync("/api/v1/categories/Conforming/retire", null),
            await admin.Http.PostAsync("/api/v1/categories/No%20such/retire", null),
            await handler.Http.PostAsync("/api/v1/categories/General/retire", null),
            await admin.Http.PostAsync("/api/v1/categories/Conforming/activate", null),
            await admin.Http.PostAsync("/api/v1/categories/No%20such/activate", null),
            await handler.Http.PostAsync("/api/v1/categories/Conforming/activate", null),
            await admin.Http.GetAsync("/api/v1/categories"),
        };

        await ConformAllAsync(admin, answers);
        Assert.Equal([200, 201, 400, 401, 403, 404, 409, 415], answers.Select(a => (int)a.StatusCode).Distinct().Order());
    }

    [Fact]
    public async Task Teams_answer_as_documented()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var anonymous = factory.CreateClient();
        var created = await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name = "Documented" });
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var member = (await PeopleApi.CreatedAsync(admin, "member@example.com", "Handler"))["id"]!.GetValue<string>();
        (await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = "Team held" })).EnsureSuccessStatusCode();

        var answers = new[]
        {
            created,
            await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name = "documented" }),
            await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name = "" }),
            await admin.Http.PostAsync("/api/v1/teams", new StringContent("{}", Encoding.UTF8, "text/plain")),
            await supervisor.Http.PostAsJsonAsync("/api/v1/teams", new { name = "Supervisors'" }),
            await admin.Http.PutAsJsonAsync($"/api/v1/teams/{id}/members", new { userIds = new[] { member } }),
            await admin.Http.PutAsJsonAsync($"/api/v1/teams/{id}/members", new { userIds = (string[])["no-such-person"] }),
            await admin.Http.PutAsJsonAsync("/api/v1/teams/999999/members", new { userIds = new[] { member } }),
            await supervisor.Http.PutAsJsonAsync($"/api/v1/teams/{id}/members", new { userIds = Array.Empty<string>() }),
            await admin.Http.PutAsJsonAsync($"/api/v1/teams/{id}", new { name = "Documented well" }),
            await admin.Http.PutAsJsonAsync($"/api/v1/teams/{id}", new { name = "" }),
            await admin.Http.PutAsJsonAsync("/api/v1/teams/999999", new { name = "Ghosts" }),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Team%20held/team", new { teamId = id }),
            await admin.Http.PostAsync($"/api/v1/teams/{id}/retire", null),
            await admin.Http.PutAsJsonAsync("/api/v1/categories/Team%20held/team", new { teamId = (int?)null }),
            await admin.Http.PostAsync($"/api/v1/teams/{id}/retire", null),
            await admin.Http.PostAsync("/api/v1/teams/999999/retire", null),
            await supervisor.Http.PostAsync($"/api/v1/teams/{id}/retire", null),
            await admin.Http.PostAsync($"/api/v1/teams/{id}/activate", null),
            await admin.Http.PostAsync("/api/v1/teams/999999/activate", null),
            await supervisor.Http.PostAsync($"/api/v1/teams/{id}/activate", null),
            await admin.Http.GetAsync("/api/v1/teams"),
            await supervisor.Http.GetAsync("/api/v1/teams"),
            await anonymous.GetAsync("/api/v1/teams"),
        };

        await ConformAllAsync(admin, answers);
        Assert.Equal([200, 201, 400, 401, 403, 404, 409, 415], answers.Select(a => (int)a.StatusCode).Distinct().Order());
    }

    private static async Task<int> TeamAsync(DeskApi admin, string name)
    {
        var created = await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name });
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
    }

    private static async Task ConformAllAsync(DeskApi signedIn, params HttpResponseMessage[] answers)
    {
        foreach (var answer in answers)
        {
            await signedIn.ConformsAsync(answer);
        }
    }
}
