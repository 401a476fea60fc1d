using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration.ApiKeys;

/// <summary>
/// Another system signs in with a key an administrator issued, as the person it was issued to: an intake key registers
/// complaints and reads categories and nothing else; a full key does what its person may. A revoked or expired key, or
/// a deactivated person's, is refused at once.
/// </summary>
public class SigningInWithAnApiKey(DeskApiFactory factory) : IClassFixture<DeskApiFactory>, IAsyncLifetime
{
    private readonly DeskApiFactory _factory = factory;
    private DeskApi _admin = default!;
    private string _handlerId = "";

    public async Task InitializeAsync()
    {
        _admin = await PeopleApi.AdministratorAsync(_factory);
        _handlerId = await ApiKeysApi.IdOfAsync(_admin, "handler@demo.local");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_intake_key_registers_a_complaint_as_its_person_and_reads_the_categories()
    {
        var (_, secret) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Intake");
        var website = ApiKeysApi.With(_factory, secret);

        var complaint = await website.ReceiveAsync();
        var categories = await website.Http.GetAsync("/api/v1/categories");
        var seen = await _admin.GetAsync(complaint["reference"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, categories.StatusCode);
        Assert.Equal("handler@demo.local", seen["timeline"]!.AsArray()[0]!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_intake_key_is_refused_everything_else_its_person_may_do()
    {
        var (_, secret) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Intake");
        var website = ApiKeysApi.With(_factory, secret);
        var reference = (await website.ReceiveAsync())["reference"]!.GetValue<string>();

        var answers = new[]
        {
            await website.Http.GetAsync("/api/v1/complaints"),
            await website.Http.GetAsync($"/api/v1/complaints/{reference}"),
            await website.ActAsync(reference, "assign-to-me"),
            await website.Http.GetAsync("/api/v1/alerts"),
        };

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode));
        Assert.Contains("only registers complaints", (await DeskApi.ProblemAsync(answers[0]))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Received", (await _admin.GetAsync(reference))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_full_key_does_what_its_person_may_and_no_more()
    {
        var (_, secret) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Full");
        var wallboard = ApiKeysApi.With(_factory, secret);

        Assert.Equal(HttpStatusCode.OK, (await wallboard.Http.GetAsync("/api/v1/complaints")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await wallboard.Http.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task A_full_key_hears_the_hub_as_a_wallboard_would_and_an_intake_key_is_refused_it()
    {
        var (_, full) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Full");
        var (_, intake) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Intake");
        await using var wallboard = await DeskHubListener.StartAsync(_factory, ApiKeysApi.With(_factory, full));
        await using var refused = DeskHubListener.Connection(_factory, intake);

        var reference = (await ApiKeysApi.With(_factory, intake).ReceiveAsync())["reference"]!.GetValue<string>();
        var heard = await wallboard.HeardAsync(reference, version: 1);
        var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => refused.StartAsync());

        Assert.Equal(reference, heard.Reference);
        Assert.Equal(HttpStatusCode.Forbidden, refusal.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_from_the_next_request_and_listed_as_revoked()
    {
        var (id, secret) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Full");
        var wallboard = ApiKeysApi.With(_factory, secret);
        Assert.Equal(HttpStatusCode.OK, (await wallboard.Http.GetAsync("/api/v1/complaints")).StatusCode);

        var revoked = await ApiKeysApi.RevokeAsync(_admin, _handlerId, id);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wallboard.Http.GetAsync("/api/v1/complaints")).StatusCode);
        var listed = (await ApiKeysApi.ListAsync(_admin, _handlerId)).Single(k => k!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("Revoked", listed["state"]!.GetValue<string>());
        Assert.Equal(_factory.Time.GetUtcNow(), listed["revokedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_key_ends_when_it_expires()
    {
        var (id, secret) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Full", expiresInDays: 30);
        var wallboard = ApiKeysApi.With(_factory, secret);

        _factory.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        var lastMinute = await wallboard.Http.GetAsync("/api/v1/complaints");
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var expired = await wallboard.Http.GetAsync("/api/v1/complaints");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (lastMinute.StatusCode, expired.StatusCode));
        var admin = await PeopleApi.AdministratorAsync(_factory);
        Assert.Equal("Expired", (await ApiKeysApi.ListAsync(admin, _handlerId)).Single(k => k!["id"]!.GetValue<string>() == id)!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deactivating_the_person_ends_their_keys_for_good()
    {
        var id = (await PeopleApi.CreatedAsync(_admin, "crm@example.com", "Handler"))["id"]!.GetValue<string>();
        var (keyId, secret) = await ApiKeysApi.IssuedAsync(_admin, id, "Intake");
        var crm = ApiKeysApi.With(_factory, secret);

        await _admin.Http.PostAsync($"/api/v1/users/{id}/deactivate", null);
        var whileDeactivated = await crm.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody());
        await _admin.Http.PostAsync($"/api/v1/users/{id}/activate", null);
        var afterwards = await crm.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody());

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (whileDeactivated.StatusCode, afterwards.StatusCode));
        Assert.Equal("Revoked", (await ApiKeysApi.ListAsync(_admin, id)).Single(k => k!["id"]!.GetValue<string>() == keyId)!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Something_shaped_like_a_key_that_is_none_is_refused()
    {
        var stranger = ApiKeysApi.With(_factory, "cdk_" + new string('A', 43));

        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody())).StatusCode);
    }

    [Fact]
    public async Task The_desk_keeps_only_a_hash_of_the_secret_and_when_it_was_last_used()
    {
        var (id, secret) = await ApiKeysApi.IssuedAsync(_admin, _handlerId, "Intake");
        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        await ApiKeysApi.With(_factory, secret).ReceiveAsync();

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync();
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id);
        var listed = (await ApiKeysApi.ListAsync(_admin, _handlerId)).Single(k => k!["id"]!.GetValue<string>() == id)!.AsObject();

        Assert.DoesNotContain(secret, stored.SecretHash + stored.Ending + stored.Name, StringComparison.Ordinal);
        Assert.Equal(64, stored.SecretHash.Length);
        Assert.Equal(secret[^4..], listed["ending"]!.GetValue<string>());
        Assert.DoesNotContain(listed, field => field.Value?.ToJsonString().Contains(secret[4..], StringComparison.Ordinal) == true);
        Assert.Equal(_factory.Time.GetUtcNow(), listed["lastUsedAt"]!.GetValue<DateTimeOffset>());
    }
}
