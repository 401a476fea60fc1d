using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class CreatingAPerson(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Answers_201_with_the_account_and_its_address_and_the_person_can_sign_in_at_once()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);

        var response = await PeopleApi.CreateAsync(admin, " Deniz.Arslan@Example.com ", ["Handler", "Supervisor"]);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"/api/v1/users/{body["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("deniz.arslan@example.com", body["email"]!.GetValue<string>());
        Assert.Equal("Deniz Arslan", body["displayName"]!.GetValue<string>());
        Assert.Equal(["Handler", "Supervisor"], body["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(body["active"]!.GetValue<bool>());
        Assert.Equal(body.ToJsonString(), (await admin.Http.GetFromJsonAsync<JsonObject>(response.Headers.Location))!.ToJsonString());

        var person = await PeopleApi.SignedInAsync(factory, "deniz.arslan@example.com", PeopleApi.NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await person.Http.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task Is_recorded_in_the_audit_without_the_password()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);

        await PeopleApi.CreatedAsync(admin, "audited@example.com", "QualityManager");

        var recorded = Assert.Single(await PeopleApi.PeopleAuditAsync(factory), e => e.Summary.Contains("audited@example.com", StringComparison.Ordinal));
        Assert.Equal("admin@demo.local", recorded.ActorEmail);
        Assert.Equal("People: Created audited@example.com (Deniz Arslan) as Quality manager", recorded.Summary);
        Assert.DoesNotContain(PeopleApi.NewPassword, recorded.Summary + recorded.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_with_409_when_the_e_mail_is_taken_whatever_its_case()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        await PeopleApi.CreatedAsync(admin, "twice@example.com", "Handler");

        var response = await PeopleApi.CreateAsync(admin, "TWICE@example.com", ["Handler"], displayName: "Someone Else");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("twice@example.com", (await DeskApi.ProblemAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_with_field_errors_for_a_weak_password_an_unknown_role_a_bad_e_mail_and_no_name_and_nothing_is_written()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var before = (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/users"))!["total"]!.GetValue<int>();

        var weak = await PeopleApi.CreateAsync(admin, "weak@example.com", ["Handler"], password: "short");
        var unknownRole = await PeopleApi.CreateAsync(admin, "role@example.com", ["Handler", "Janitor"]);
        var all = await admin.Http.PostAsJsonAsync("/api/v1/users", new { email = "not-an-address", displayName = " ", roles = Array.Empty<string>(), password = "" });

        Assert.Equal(["password"], await PeopleApi.FieldsAsync(weak));
        Assert.Equal(["roles"], await PeopleApi.FieldsAsync(unknownRole));
        Assert.Equal(["displayName", "email", "password", "roles"], (await PeopleApi.FieldsAsync(all)).Order(StringComparer.Ordinal));
        Assert.Equal(before, (await admin.Http.GetFromJsonAsync<JsonObject>("/api/v1/users"))!["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PeopleApi.SignInAsync(factory, "role@example.com", PeopleApi.NewPassword)).StatusCode);
    }

    [Theory]
    [InlineData("handler@demo.local")]
    [InlineData("supervisor@demo.local")]
    [InlineData("quality@demo.local")]
    public async Task Refused_with_403_to_anyone_but_an_administrator(string email)
    {
        var api = await DeskApi.SignInAsync(factory, email);

        var create = await PeopleApi.CreateAsync(api, $"by-{email}", ["Administrator"]);
        var list = await api.Http.GetAsync("/api/v1/users");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PeopleApi.SignInAsync(factory, $"by-{email}", PeopleApi.NewPassword)).StatusCode);
    }
}
