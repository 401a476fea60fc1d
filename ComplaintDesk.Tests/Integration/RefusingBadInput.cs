using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

public sealed class RefusingBadInput(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Bad_intake_is_refused_with_every_field_error_and_nothing_is_stored()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var totalBefore = await TotalAsync(api);
        var body = new
        {
            channel = "Fax",
            receivedAt = "2026-11-24T09:00:00+00:00",
            complainant = new { name = "", email = "not-an-email", phone = "12ab", preferredContact = "Email" },
            productOrService = "",
            category = "Nope",
            description = new string('x', 8_001),
        };

        var response = await api.Http.PostAsJsonAsync("/api/v1/complaints", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await DeskApi.ProblemAsync(response))["errors"]!.AsObject();
        Assert.Equal(
            ["category", "channel", "complainant.email", "complainant.name", "complainant.phone", "description", "productOrService", "receivedAt"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(totalBefore, await TotalAsync(api));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var totalBefore = await TotalAsync(api);

        var response = await api.Http.PostAsync("/api/v1/complaints", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await DeskApi.ProblemAsync(response))["errors"]);
        Assert.Equal(totalBefore, await TotalAsync(api));
    }

    [Fact]
    public async Task Bad_move_data_is_refused_with_field_errors_and_nothing_is_written()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = await ComplaintAt.DecisionCommunicatedAsync(api);
        var before = await api.GetAsync(reference);

        var response = await api.ActAsync(reference, "close", new { outcome = "Accepted", satisfaction = 9 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await DeskApi.ProblemAsync(response))["errors"]!.AsObject().ContainsKey("satisfaction"));
        Assert.Equal(before.ToJsonString(), (await api.GetAsync(reference)).ToJsonString());
    }

    [Fact]
    public async Task An_unknown_enum_name_in_a_move_names_the_field_and_the_choices()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var response = await api.ActAsync(reference, "acknowledge", new { channel = "Pigeon" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await DeskApi.ProblemAsync(response))["errors"]!["channel"]![0]!.GetValue<string>();
        Assert.Contains("InPerson", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_list_parameters_are_refused_per_field()
    {
        var api = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var response = await api.Http.GetAsync("/api/v1/complaints?status=Lost&pageSize=201&page=0&sort=secret");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await DeskApi.ProblemAsync(response))["errors"]!.AsObject();
        Assert.Equal(["page", "pageSize", "sort", "status"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    private static async Task<int> TotalAsync(DeskApi api) =>
        (await api.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints?pageSize=1"))!["total"]!.GetValue<int>();
}
