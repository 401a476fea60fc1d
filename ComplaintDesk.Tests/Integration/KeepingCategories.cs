using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The categories routes: anyone signed in reads them, only administrators change them, and bad names are refused.</summary>
public sealed class KeepingCategories(DeskApiFactory app) : IClassFixture<DeskApiFactory>
{
    private static async Task<JsonArray> ListAsync(DeskApi api) => (await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/categories"))!;

    [Fact]
    public async Task Anyone_signed_in_reads_every_category_as_name_and_active()
    {
        var handler = await DeskApi.SignInAsync(app, "handler@demo.local");

        var categories = await ListAsync(handler);

        var billing = categories.Single(c => c!["name"]!.GetValue<string>() == "Billing")!.AsObject();
        Assert.True(billing["active"]!.GetValue<bool>());
        Assert.Equal(["active", "name"], billing.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task An_administrator_adds_a_category_with_201_and_its_address_and_it_is_offered()
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");

        var response = await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = "  Warranty claims " });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/categories/Warranty%20claims", response.Headers.Location?.OriginalString);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Warranty claims", true), (created["name"]!.GetValue<string>(), created["active"]!.GetValue<bool>()));
        Assert.Contains(await ListAsync(admin), c => c!["name"]!.GetValue<string>() == "Warranty claims");
    }

    [Fact]
    public async Task An_administrator_retires_a_category_with_200_and_it_reads_retired()
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        (await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = "Old catalogue" })).EnsureSuccessStatusCode();

        var response = await admin.Http.PostAsync("/api/v1/categories/old%20CATALOGUE/retire", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonObject>())!["active"]!.GetValue<bool>());
        var listed = (await ListAsync(admin)).Single(c => c!["name"]!.GetValue<string>() == "Old catalogue")!;
        Assert.False(listed["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Http.PostAsync("/api/v1/categories/Old%20catalogue/retire", null)).StatusCode);
    }

    [Theory]
    [InlineData("handler@demo.local")]
    [InlineData("supervisor@demo.local")]
    [InlineData("quality@demo.local")]
    public async Task Refused_with_403_for_anyone_but_an_administrator_and_nothing_changes(string email)
    {
        var person = await DeskApi.SignInAsync(app, email);
        var before = (await ListAsync(person)).ToJsonString();

        var create = await person.Http.PostAsJsonAsync("/api/v1/categories", new { name = $"By {email}" });
        var retire = await person.Http.PostAsync("/api/v1/categories/General/retire", null);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retire.StatusCode);
        Assert.Equal(before, (await ListAsync(person)).ToJsonString());
    }

    [Theory]
    [InlineData("billing")]
    [InlineData(" PRODUCT QUALITY ")]
    public async Task A_name_another_category_has_whatever_its_case_is_a_conflict(string name)
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        var before = (await ListAsync(admin)).Count;

        var response = await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already", (await DeskApi.ProblemAsync(response))["detail"]!.GetValue<string>());
        Assert.Equal(before, (await ListAsync(admin)).Count);
    }

    public static TheoryData<string?> BadNames => new() { null, "", "   ", new string('x', 101), "Bill\u0000ing", "Refunds\u202Egnp.exe", "Two\nlines" };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task A_missing_long_or_hidden_character_name_is_a_field_error_on_name(string? name)
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        var before = (await ListAsync(admin)).Count;

        var response = await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await DeskApi.ProblemAsync(response))["errors"]!["name"]);
        Assert.Equal(before, (await ListAsync(admin)).Count);
    }

    [Fact]
    public async Task A_name_with_a_slash_is_reached_at_its_escaped_address()
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        var created = await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = "Returns/Exchanges" });

        var response = await admin.Http.PostAsync(created.Headers.Location!.OriginalString + "/retire", null);

        Assert.Equal("/api/v1/categories/Returns%2FExchanges", created.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Returns/Exchanges", (await response.Content.ReadFromJsonAsync<JsonObject>())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Retiring_a_category_that_is_not_there_is_404()
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");

        var response = await admin.Http.PostAsync("/api/v1/categories/Nowhere/retire", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
