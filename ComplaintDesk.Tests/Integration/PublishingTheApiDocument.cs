using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace ComplaintDesk.Tests.Integration;

public sealed class PublishingTheApiDocument(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Lists_every_route_and_the_accepted_choices()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var document = (await api.Http.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/auth/login", paths);
        Assert.Contains("/api/v1/complaints/{reference}", paths);
        foreach (var action in new[] { "assign", "acknowledge", "assess", "investigate", "note", "await-complainant", "resume",
                     "propose-response", "communicate-decision", "close", "reject-decision", "withdraw", "escalate" })
        {
            Assert.Contains($"/api/v1/complaints/{{reference}}/{action}", paths);
        }

        var channel = document["components"]!["schemas"]!["NewComplaint"]!["properties"]!["channel"]!["enum"]!.AsArray();
        Assert.Equal(["Web", "Email", "Phone", "Letter", "InPerson", "SocialMedia"], channel.Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task Marks_the_fields_a_request_must_carry_as_required_and_not_null()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var schemas = (await api.Http.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["components"]!["schemas"]!;

        var intake = schemas["NewComplaint"]!;
        Assert.Equal(["channel", "complainant", "description", "productOrService"],
            intake["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("string", intake["properties"]!["description"]!["type"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/ComplainantDetails", intake["properties"]!["complainant"]!["$ref"]!.GetValue<string>());
        Assert.DoesNotContain(schemas["RemedyType"]!["enum"]!.AsArray(), value => value is null);
    }

    [Fact]
    public async Task Describes_the_workbook_downloads_as_xlsx_and_building_a_month_as_201()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var paths = (await api.Http.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["paths"]!;

        var download = paths["/api/v1/reports/monthly/{month}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        Assert.Equal(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], download.Select(c => c.Key));
        Assert.NotNull(paths["/api/v1/reports/monthly/{month}"]!["post"]!["responses"]!["201"]);
        Assert.Null(paths["/api/v1/reports/monthly/{month}"]!["post"]!["responses"]!["200"]);
    }

    [Fact]
    public async Task Outside_development_the_document_and_reference_are_for_signed_in_callers()
    {
        var anonymous = factory.CreateClient();
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Serves_the_browsable_reference_from_the_app_itself()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var page = await api.Http.GetStringAsync("/api/");

        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/scalar.js")).StatusCode);
    }

    [Fact]
    public async Task In_development_anyone_may_read_the_document()
    {
        await using var development = new DevelopmentDesk();

        var answer = await development.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    private sealed class DevelopmentDesk : DeskApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
