using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration.ApiKeys;

/// <summary>
/// Administrators issue and revoke keys; bad input is refused field by field and writes nothing; every answer is the
/// one the served API document lists, and the audit trail keeps who issued and revoked which key.
/// </summary>
public sealed class IssuingApiKeys(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Bad_input_is_refused_for_each_field_and_no_key_is_issued()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "refused-keys@example.com", "Handler"))["id"]!.GetValue<string>();

        var refused = await ApiKeysApi.IssueAsync(admin, id, " ", "Wizard", expiresInDays: 0);
        var noScope = await ApiKeysApi.IssueAsync(admin, id, "Website form", null, expiresInDays: 4000);

        Assert.Equal(["expiresInDays", "name", "scope"], (await PeopleApi.FieldsAsync(refused)).Order());
        Assert.Equal(["expiresInDays", "scope"], (await PeopleApi.FieldsAsync(noScope)).Order());
        Assert.Empty(await ApiKeysApi.ListAsync(admin, id));
    }

    [Fact]
    public async Task An_intake_key_for_someone_who_does_not_register_complaints_is_refused()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "quality-keys@example.com", "QualityManager"))["id"]!.GetValue<string>();

        var intake = await ApiKeysApi.IssueAsync(admin, id, "Website form", "Intake");
        var full = await ApiKeysApi.IssueAsync(admin, id, "Reporting", "Full");

        Assert.Equal(["scope"], await PeopleApi.FieldsAsync(intake));
        Assert.Equal(HttpStatusCode.Created, full.StatusCode);
        Assert.Single(await ApiKeysApi.ListAsync(admin, id));
    }

    [Fact]
    public async Task Issuing_and_revoking_are_in_the_audit_trail_by_name_and_never_with_the_secret()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "audited-keys@example.com", "Handler"))["id"]!.GetValue<string>();
        var issued = await ApiKeysApi.IssueAsync(admin, id, "Website form", "Intake");
        var body = (await issued.Content.ReadFromJsonAsync<JsonObject>())!;
        await ApiKeysApi.RevokeAsync(admin, id, body["key"]!["id"]!.GetValue<string>());

        var audit = (await PeopleApi.PeopleAuditAsync(factory)).Where(e => e.Summary.Contains("audited-keys@example.com", StringComparison.Ordinal)).ToList();

        Assert.Contains(audit, e => e.Summary == "People: Issued the API key “Website form” to audited-keys@example.com (Register complaints only)");
        Assert.Contains(audit, e => e.Summary == "People: Revoked the API key “Website form” of audited-keys@example.com");
        Assert.DoesNotContain(audit, e => e.Summary.Contains(body["secret"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Managing_keys_answers_as_documented()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var anonymous = factory.CreateClient();
        var id = (await PeopleApi.CreatedAsync(admin, "documented-keys@example.com", "Handler"))["id"]!.GetValue<string>();
        var issued = await ApiKeysApi.IssueAsync(admin, id, "Website form", "Intake", 90);
        await issued.Content.LoadIntoBufferAsync();
        var body = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!;
        var keyId = body["key"]!["id"]!.GetValue<string>();
        var intakeKey = ApiKeysApi.With(factory, body["secret"]!.GetValue<string>());

        var answers = new[]
        {
            issued,
            await ApiKeysApi.IssueAsync(admin, id, "", "Wizard", 0),
            await ApiKeysApi.IssueAsync(handler, id, "Website form", "Intake"),
            await ApiKeysApi.IssueAsync(admin, "no-such-person", "Website form", "Intake"),
            await admin.Http.PostAsync($"/api/v1/users/{id}/api-keys", new StringContent("{}", Encoding.UTF8, "text/plain")),
            await anonymous.PostAsJsonAsync($"/api/v1/users/{id}/api-keys", new { name = "x", scope = "Full" }),
            await admin.Http.GetAsync($"/api/v1/users/{id}/api-keys"),
            await handler.Http.GetAsync($"/api/v1/users/{id}/api-keys"),
            await admin.Http.GetAsync("/api/v1/users/no-such-person/api-keys"),
            await intakeKey.Http.GetAsync($"/api/v1/users/{id}/api-keys"),
            await ApiKeysApi.RevokeAsync(handler, id, keyId),
            await ApiKeysApi.RevokeAsync(admin, id, "no-such-key"),
            await ApiKeysApi.RevokeAsync(admin, id, keyId),
            await ApiKeysApi.RevokeAsync(admin, id, keyId),
        };

        foreach (var answer in answers)
        {
            await admin.ConformsAsync(answer);
        }

        Assert.Equal([201, 400, 403, 404, 415, 401, 200, 403, 404, 403, 403, 404, 200, 200], answers.Select(a => (int)a.StatusCode));
    }

    [Fact]
    public async Task A_deactivated_person_is_given_no_key()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var id = (await PeopleApi.CreatedAsync(admin, "gone-keys@example.com", "Handler"))["id"]!.GetValue<string>();
        await admin.Http.PostAsync($"/api/v1/users/{id}/deactivate", null);

        var refused = await ApiKeysApi.IssueAsync(admin, id, "Website form", "Intake");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Empty(await ApiKeysApi.ListAsync(admin, id));
    }
}
