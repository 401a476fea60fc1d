using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class ChangingAPersonsAccount(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task New_roles_replace_the_old_ones_and_are_audited()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "roles@example.com", "Handler"))["id"]!.GetValue<string>();

        var response = await admin.Http.PutAsJsonAsync($"/api/v1/users/{id}/roles", PeopleApi.Roles("Supervisor", "QualityManager"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["Supervisor", "QualityManager"], body["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains(await PeopleApi.PeopleAuditAsync(factory), e => e.Summary == "People: Changed the roles of roles@example.com from Handler to Supervisor and Quality manager");
    }

    [Fact]
    public async Task An_unknown_role_is_a_field_error_and_the_roles_stay()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "keeps@example.com", "Handler"))["id"]!.GetValue<string>();

        var response = await admin.Http.PutAsJsonAsync($"/api/v1/users/{id}/roles", PeopleApi.Roles("Owner"));

        Assert.Equal(["roles"], await PeopleApi.FieldsAsync(response));
        Assert.Equal(["Handler"], (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users/{id}"))!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_deactivated_person_cannot_sign_in_until_reactivated_and_both_are_audited()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "leaver@example.com", "Handler"))["id"]!.GetValue<string>();

        var deactivated = await admin.Http.PostAsync($"/api/v1/users/{id}/deactivate", null);

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await deactivated.Content.ReadFromJsonAsync<JsonObject>())!["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PeopleApi.SignInAsync(factory, "leaver@example.com", PeopleApi.NewPassword)).StatusCode);

        var activated = await admin.Http.PostAsync($"/api/v1/users/{id}/activate", null);

        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.True((await activated.Content.ReadFromJsonAsync<JsonObject>())!["active"]!.GetValue<bool>());
        await PeopleApi.SignedInAsync(factory, "leaver@example.com", PeopleApi.NewPassword);
        var audit = await PeopleApi.PeopleAuditAsync(factory);
        Assert.Contains(audit, e => e.Summary == "People: Deactivated leaver@example.com");
        Assert.Contains(audit, e => e.Summary == "People: Reactivated leaver@example.com");
    }

    [Fact]
    public async Task A_deactivated_person_can_no_longer_be_given_a_complaint()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var id = (await PeopleApi.CreatedAsync(admin, "gone@example.com", "Handler"))["id"]!.GetValue<string>();
        var reference = (await supervisor.ReceiveAsync())["reference"]!.GetValue<string>();
        await admin.Http.PostAsync($"/api/v1/users/{id}/deactivate", null);

        var response = await supervisor.ActAsync(reference, "assign", new { assigneeEmail = "gone@example.com" });

        Assert.Equal(["assigneeEmail"], await PeopleApi.FieldsAsync(response));
    }

    [Fact]
    public async Task A_reset_password_works_at_once_and_the_old_one_no_longer_does()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "forgetful@example.com", "Handler"))["id"]!.GetValue<string>();

        var weak = await admin.Http.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "abc" });
        var reset = await admin.Http.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "Another!Pass7" });

        Assert.Equal(["password"], await PeopleApi.FieldsAsync(weak));
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PeopleApi.SignInAsync(factory, "forgetful@example.com", PeopleApi.NewPassword)).StatusCode);
        await PeopleApi.SignedInAsync(factory, "forgetful@example.com", "Another!Pass7");
        var recorded = Assert.Single(await PeopleApi.PeopleAuditAsync(factory), e => e.Summary.StartsWith("People: Reset the password of forgetful@example.com", StringComparison.Ordinal));
        Assert.DoesNotContain("Another!Pass7", recorded.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_404_on_every_route()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);

        var answers = new[]
        {
            await admin.Http.GetAsync("/api/v1/users/nobody"),
            await admin.Http.PutAsJsonAsync("/api/v1/users/nobody/roles", PeopleApi.Roles("Handler")),
            await admin.Http.PostAsync("/api/v1/users/nobody/deactivate", null),
            await admin.Http.PostAsync("/api/v1/users/nobody/activate", null),
            await admin.Http.PostAsJsonAsync("/api/v1/users/nobody/reset-password", new { password = "Another!Pass7" }),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
    }

    [Fact]
    public async Task Every_change_is_refused_with_403_to_a_supervisor_and_nothing_changes()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var id = (await PeopleApi.CreatedAsync(admin, "untouched@example.com", "Handler"))["id"]!.GetValue<string>();
        var before = (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users/{id}"))!.ToJsonString();

        var answers = new[]
        {
            await supervisor.Http.GetAsync($"/api/v1/users/{id}"),
            await supervisor.Http.PutAsJsonAsync($"/api/v1/users/{id}/roles", PeopleApi.Roles("Administrator")),
            await supervisor.Http.PostAsync($"/api/v1/users/{id}/deactivate", null),
            await supervisor.Http.PostAsync($"/api/v1/users/{id}/activate", null),
            await supervisor.Http.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "Another!Pass7" }),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.Equal(before, (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users/{id}"))!.ToJsonString());
        await PeopleApi.SignedInAsync(factory, "untouched@example.com", PeopleApi.NewPassword);
    }
}
