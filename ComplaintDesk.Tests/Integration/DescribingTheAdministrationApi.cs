using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// What the document says a client must send to the administration routes, and what the audit downloads are:
/// the parts of the document no answer's body can check.
/// </summary>
public sealed class DescribingTheAdministrationApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("CreateUserRequest", "displayName,email,password,roles")]
    [InlineData("UserRolesRequest", "roles")]
    [InlineData("ResetPasswordRequest", "password")]
    [InlineData("ChangePasswordRequest", "currentPassword,newPassword")]
    [InlineData("NameRequest", "name")]
    [InlineData("TeamMembersRequest", "userIds")]
    [InlineData("AnonymiseRequest", "reason")]
    public async Task Marks_the_fields_a_request_must_carry_as_required_and_not_null(string schema, string fields)
    {
        var request = (await DocumentAsync())["components"]!["schemas"]![schema]!;

        var required = request["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(fields.Split(','), required);
        Assert.All(required, name => Assert.Equal(JsonValueKind.String, request["properties"]![name]!["type"]!.GetValueKind()));
    }

    [Fact]
    public async Task Lists_the_role_names_a_person_may_be_given_and_the_actions_an_access_record_names()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        foreach (var request in new[] { "CreateUserRequest", "UserRolesRequest" })
        {
            Assert.Equal(["Handler", "Supervisor", "QualityManager", "Administrator"], Names(schemas[request]!["properties"]!["roles"]!["items"]!));
        }

        Assert.Equal(["view", "export", "anonymise", "download"], Names(schemas["AccessRecordResponse"]!["properties"]!["action"]!));
    }

    [Theory]
    [InlineData("/api/v1/audit/access", "reference,user,from,to,page,pageSize,action")]
    [InlineData("/api/v1/audit/events.csv", "reference,user,from,to,page,pageSize")]
    [InlineData("/api/v1/complaints", "status,assignee,priority,q,page,pageSize,sort,team")]
    public async Task Names_query_parameters_as_the_routes_spell_them(string path, string names)
    {
        var parameters = (await DocumentAsync())["paths"]![path]!["get"]!["parameters"]!.AsArray();

        Assert.Equal(names.Split(','), parameters.Select(p => p!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/api/v1/audit/access.csv")]
    [InlineData("/api/v1/audit/events.csv")]
    public async Task Describes_the_audit_downloads_as_csv(string path)
    {
        var content = (await DocumentAsync())["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!.AsObject();

        Assert.Equal(["text/csv"], content.Select(c => c.Key));
    }

    private async Task<JsonObject> DocumentAsync()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");
        return (await api.Http.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
    }

    private static IEnumerable<string> Names(JsonNode schema) => schema["enum"]!.AsArray().Select(n => n!.GetValue<string>());
}
