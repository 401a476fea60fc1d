using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>NUL and other control characters, and text-direction overrides, are a field error naming the field, in any text.</summary>
public sealed class RefusingHiddenCharacters(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    public static TheoryData<string> Hidden() => ["\0", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u202e", "\u2066", "\u200f"];

    public static TheoryData<string, string> IntakeFields() => new()
    {
        { "description", "\u202eevil" },
        { "productOrService", "Kettle\0" },
        { "desiredOutcome", "A refund\u2067" },
        { "complainant.name", "Ali\u0000 Veli" },
        { "complainant.email", "ali@example.com\u202e" },
        { "complainant.phone", "+90 532 111 2233\u0001" },
        { "subjectStaffEmail", "handler2@demo.local\u200e" },
        { "channel", "Phone\0" },
        { "receivedAt", "2026-11-23T08:00:00+00:00\0" },
    };

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task A_note_holding_one_is_refused_on_text_and_nothing_is_written(string hidden)
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var answer = await api.ActAsync(reference, "note", new { text = $"Called back{hidden} today." });

        await AssertRefusedOnAsync(answer, "text");
        Assert.Equal(1, (await api.GetAsync(reference))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_ordinary_text()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var note = await api.MoveAsync(reference, "note", new { text = "Line one\r\nLine\ttwo\nLine three" });

        Assert.Equal("Line one\r\nLine\ttwo\nLine three", note["timeline"]!.AsArray()[^1]!["text"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(IntakeFields))]
    public async Task An_intake_field_holding_one_is_refused_on_that_field(string field, string value)
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var body = JsonSerializerNode(DeskApi.NewComplaintBody());
        var parts = field.Split('.');
        var target = parts.Length == 2 ? body[parts[0]]!.AsObject() : body;
        target[parts[^1]] = value;

        var answer = await api.Http.PostAsJsonAsync("/api/v1/complaints", body);

        await AssertRefusedOnAsync(answer, field);
    }

    [Theory]
    [InlineData("withdraw", "reason")]
    [InlineData("escalate", "reason")]
    [InlineData("acknowledge", "message")]
    [InlineData("assign", "assigneeEmail")]
    public async Task A_move_field_holding_one_is_refused_on_that_field(string action, string field)
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var answer = await api.ActAsync(reference, action, new JsonObject { [field] = "handler@demo.local\u202e" });

        await AssertRefusedOnAsync(answer, field);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("assignee")]
    public async Task A_search_holding_one_is_refused_on_that_parameter(string parameter)
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");

        var answer = await api.Http.GetAsync($"/api/v1/complaints?{parameter}={Uri.EscapeDataString("kettle\0")}");

        await AssertRefusedOnAsync(answer, parameter);
    }

    [Fact]
    public async Task A_sign_in_holding_one_is_refused_on_email()
    {
        var answer = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "handler@demo.local\0", password = DeskApi.Password });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True((await DeskApi.ProblemAsync(answer))["errors"]!.AsObject().ContainsKey("email"));
    }

    private static JsonObject JsonSerializerNode(object body) => System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();

    private async Task AssertRefusedOnAsync(HttpResponseMessage answer, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await DeskApi.ProblemAsync(answer))["errors"]!.AsObject();
        Assert.Contains("control or text-direction characters", errors[field]!.ToJsonString(), StringComparison.Ordinal);
        await OpenApiConformance.ConformsAsync(await SignedInAsync(), answer);
    }

    private async Task<HttpClient> SignedInAsync() => (await DeskApi.SignInAsync(factory, "quality@demo.local")).Http;
}
