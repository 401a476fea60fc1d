using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// The people routes (accounts, roles, passwords, signing out) answer only what the served API document lists,
/// and every answer validates against its schema.
/// </summary>
public sealed class KeepingPeopleToTheApiDocument(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Managing_accounts_answers_as_documented()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var anonymous = factory.CreateClient();
        var created = await PeopleApi.CreateAsync(admin, "conform@example.com", ["Handler"]);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var adminId = await IdOfAsync(admin, "admin@demo.local");

        var answers = new[]
        {
            created,
            await PeopleApi.CreateAsync(admin, "conform@example.com", ["Handler"]),
            await PeopleApi.CreateAsync(admin, "weak@example.com", ["Wizard"], password: "abc"),
            await PeopleApi.CreateAsync(handler, "other@example.com", ["Handler"]),
            await admin.Http.PostAsync("/api/v1/users", new StringContent("{}", Encoding.UTF8, "text/plain")),
            await anonymous.PostAsJsonAsync("/api/v1/users", new { email = "x@example.com" }),
            await admin.Http.GetAsync("/api/v1/users?q=demo&page=1&pageSize=2"),
            await admin.Http.GetAsync("/api/v1/users?page=abc"),
            await handler.Http.GetAsync("/api/v1/users"),
            await anonymous.GetAsync("/api/v1/users"),
            await admin.Http.GetAsync($"/api/v1/users/{id}"),
            await admin.Http.GetAsync("/api/v1/users/no-such-person"),
            await handler.Http.GetAsync($"/api/v1/users/{id}"),
            await admin.Http.PutAsJsonAsync($"/api/v1/users/{id}/roles", PeopleApi.Roles("Handler", "Supervisor")),
            await admin.Http.PutAsJsonAsync($"/api/v1/users/{id}/roles", PeopleApi.Roles("Wizard")),
            await admin.Http.PutAsJsonAsync($"/api/v1/users/{adminId}/roles", PeopleApi.Roles("Handler")),
            await admin.Http.PutAsJsonAsync("/api/v1/users/no-such-person/roles", PeopleApi.Roles("Handler")),
            await handler.Http.PutAsJsonAsync($"/api/v1/users/{id}/roles", PeopleApi.Roles("Administrator")),
            await admin.Http.PostAsync($"/api/v1/users/{id}/deactivate", null),
            await admin.Http.PostAsync($"/api/v1/users/{adminId}/deactivate", null),
            await admin.Http.PostAsync("/api/v1/users/no-such-person/deactivate", null),
            await handler.Http.PostAsync($"/api/v1/users/{id}/deactivate", null),
            await admin.Http.PostAsync($"/api/v1/users/{id}/activate", null),
            await admin.Http.PostAsync("/api/v1/users/no-such-person/activate", null),
            await handler.Http.PostAsync($"/api/v1/users/{id}/activate", null),
            await admin.Http.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "Another!Start9" }),
            await admin.Http.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "abc" }),
            await admin.Http.PostAsJsonAsync("/api/v1/users/no-such-person/reset-password", new { password = "Another!Start9" }),
            await handler.Http.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "Another!Start9" }),
            await anonymous.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "Another!Start9" }),
        };

        await ConformAllAsync(admin, answers);
        Assert.Equal([200, 201, 204, 400, 401, 403, 404, 409, 415], answers.Select(a => (int)a.StatusCode).Distinct().Order());
    }

    [Fact]
    public async Task Changing_a_password_and_signing_out_answer_as_documented()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        await PeopleApi.CreatedAsync(admin, "leaving@example.com", "Handler");
        var person = await PeopleApi.SignedInAsync(factory, "leaving@example.com", PeopleApi.NewPassword);
        var anonymous = factory.CreateClient();

        var answers = new[]
        {
            await person.Http.PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = "Not!Mine123", newPassword = "Mine!Own2026" }),
            await person.Http.PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = PeopleApi.NewPassword, newPassword = "abc" }),
            await person.Http.PostAsync("/api/v1/auth/change-password", new StringContent("{}", Encoding.UTF8, "text/plain")),
            await anonymous.PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = "a", newPassword = "b" }),
            await person.Http.PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = PeopleApi.NewPassword, newPassword = "Mine!Own2026" }),
            await person.Http.PostAsync("/api/v1/auth/logout", null),
            await person.Http.PostAsync("/api/v1/auth/logout", null),
            await anonymous.PostAsync("/api/v1/auth/logout", null),
        };

        await ConformAllAsync(admin, answers);
        Assert.Equal([400, 400, 415, 401, 204, 204, 401, 401], answers.Select(a => (int)a.StatusCode));
    }

    [Fact]
    public async Task A_paused_and_a_deactivated_sign_in_answer_as_documented()
    {
        await using var own = new DeskApiFactory();
        var admin = await PeopleApi.AdministratorAsync(own);
        var id = (await PeopleApi.CreatedAsync(admin, "gone@example.com", "Handler"))["id"]!.GetValue<string>();
        (await admin.Http.PostAsync($"/api/v1/users/{id}/deactivate", null)).EnsureSuccessStatusCode();
        var answers = new List<HttpResponseMessage> { await PeopleApi.SignInAsync(own, "gone@example.com", PeopleApi.NewPassword) };
        for (var attempt = 0; attempt < 20; attempt++)
        {
            answers.Add(await PeopleApi.SignInAsync(own, "nobody@demo.local", "wrong-password"));
        }

        answers.Add(await PeopleApi.SignInAsync(own, "handler@demo.local", DeskApi.Password));

        await ConformAllAsync(admin, [.. answers]);
        Assert.Equal([401, 429], answers.Select(a => (int)a.StatusCode).Distinct().Order());
        Assert.NotNull(answers[^1].Headers.RetryAfter);
    }

    private static async Task<string> IdOfAsync(DeskApi admin, string email)
    {
        var page = await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users?q={Uri.EscapeDataString(email)}");
        return page!["items"]!.AsArray().Single(u => u!["email"]!.GetValue<string>() == email)!["id"]!.GetValue<string>();
    }

    private static async Task ConformAllAsync(DeskApi signedIn, params HttpResponseMessage[] answers)
    {
        foreach (var answer in answers)
        {
            await signedIn.ConformsAsync(answer);
        }
    }
}
