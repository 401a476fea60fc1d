using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// <c>GET …/possible-duplicates</c> answers <c>[{ reference, reason }]</c>; <c>POST …/merge</c> follows the other moves:
/// If-Match, the complaint back with its ETag, and ProblemDetails for what it refuses, writing nothing.
/// </summary>
public sealed class FindingAndMergingDuplicatesOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private static object Body(string email, string description) => new
    {
        channel = "Phone",
        complainant = new { name = "Ali Veli", email, preferredContact = "Email" },
        productOrService = "Kettle K-200",
        category = "Product quality",
        description,
    };

    private static string Unique() => Guid.NewGuid().ToString("N");

    private static async Task<string> ReceiveAsync(DeskApi api, string email, string? description = null) =>
        (await api.ReceiveAsync(Body(email, description ?? $"Complaint {Unique()} about the kettle.")))["reference"]!.GetValue<string>();

    [Fact]
    public async Task Lists_possible_duplicates_as_reference_and_reason_only()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var email = $"{Unique()}@example.com";
        var earlier = await ReceiveAsync(api, email);
        var later = await ReceiveAsync(api, email.ToUpperInvariant());

        var response = await api.Http.GetAsync($"/api/v1/complaints/{later}/possible-duplicates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await api.ConformsAsync(response);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var row = Assert.Single(body)!.AsObject();
        Assert.Equal(["reason", "reference"], row.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(earlier, row["reference"]!.GetValue<string>());
        Assert.Equal("same-email", row["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Shows_a_quality_manager_only_similar_text()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var email = $"{Unique()}@example.com";
        var words = $"The kettle {Unique()} leaks from the base every time I fill it to the top with cold water.";
        await ReceiveAsync(handler, email);
        var similar = await ReceiveAsync(handler, $"{Unique()}@example.com", words);
        var later = await ReceiveAsync(handler, email, words);
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");

        var rows = await quality.Http.GetFromJsonAsync<JsonArray>($"/api/v1/complaints/{later}/possible-duplicates");

        var row = Assert.Single(rows!)!;
        Assert.Equal((similar, "similar-text"), (row["reference"]!.GetValue<string>(), row["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Answers_an_unknown_reference_with_404()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var response = await api.Http.GetAsync("/api/v1/complaints/CMP-2026-999999/possible-duplicates");
        var merge = await api.ActAsync("CMP-2026-999999", "merge", new { into = "CMP-2026-000001" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await api.ConformsAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, merge.StatusCode);
        await api.ConformsAsync(merge);
    }

    [Fact]
    public async Task Merges_a_duplicate_and_answers_with_it_closed_as_merged()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var email = $"{Unique()}@example.com";
        var twin = await ReceiveAsync(api, email);
        var duplicate = await ReceiveAsync(api, email);

        var response = await api.ActAsync(duplicate, "merge", new { into = twin }, ifMatch: 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await api.ConformsAsync(response);
        var merged = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Closed", merged["status"]!.GetValue<string>());
        Assert.Equal($"\"{merged["version"]!.GetValue<int>()}\"", response.Headers.ETag?.Tag);
        Assert.Contains(twin, merged["timeline"]!.AsArray()[^1]!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        var other = await api.GetAsync(twin);
        Assert.Equal("DuplicateMergedIn", other["timeline"]!.AsArray()[^1]!["kind"]!.GetValue<string>());
        Assert.Empty((await api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/complaints/{twin}/possible-duplicates"))!);
    }

    [Fact]
    public async Task Refuses_merging_into_itself_or_an_unknown_complaint_with_400_and_writes_nothing()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var duplicate = await ReceiveAsync(api, $"{Unique()}@example.com");
        var before = (await api.GetAsync(duplicate)).ToJsonString();

        foreach (var into in new[] { duplicate, "CMP-2026-999999", "" })
        {
            var response = await api.ActAsync(duplicate, "merge", new { into });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            await api.ConformsAsync(response);
            Assert.NotNull((await DeskApi.ProblemAsync(response))["errors"]!["into"]);
        }

        Assert.Equal(before, (await api.GetAsync(duplicate)).ToJsonString());
    }

    [Fact]
    public async Task Refuses_merging_into_a_finished_complaint_or_merging_one_twice_with_409_and_writes_nothing()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var email = $"{Unique()}@example.com";
        var twin = await ReceiveAsync(api, email);
        var merged = await ReceiveAsync(api, email);
        await api.MoveAsync(merged, "merge", new { into = twin });
        var duplicate = await ReceiveAsync(api, email);
        var before = ((await api.GetAsync(duplicate)).ToJsonString(), (await api.GetAsync(merged)).ToJsonString());

        var intoMerged = await api.ActAsync(duplicate, "merge", new { into = merged });
        var mergedAgain = await api.ActAsync(merged, "merge", new { into = duplicate });

        Assert.Equal(HttpStatusCode.Conflict, intoMerged.StatusCode);
        await api.ConformsAsync(intoMerged);
        Assert.Contains(merged, (await DeskApi.ProblemAsync(intoMerged))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, mergedAgain.StatusCode);
        Assert.Equal(before, ((await api.GetAsync(duplicate)).ToJsonString(), (await api.GetAsync(merged)).ToJsonString()));
    }

    [Fact]
    public async Task Refuses_a_stale_If_Match_with_409()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var email = $"{Unique()}@example.com";
        var twin = await ReceiveAsync(api, email);
        var duplicate = await ReceiveAsync(api, email);
        await api.MoveAsync(duplicate, "note", new { text = "Called back." });

        var response = await api.ActAsync(duplicate, "merge", new { into = twin }, ifMatch: 1);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotEqual("Closed", (await api.GetAsync(duplicate))["status"]!.GetValue<string>());
    }
}
