using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Over the real hub: a team's alerts reach that team's supervisors, and a complaint with no team reaches every supervisor.</summary>
public sealed class HearingTeamAlerts(LiveDesk desk) : IClassFixture<LiveDesk>
{
    private const string NorthLead = "north.lead@demo.local";
    private const string SouthLead = "south.lead@demo.local";

    private static bool About(JsonElement alert, string reference) => alert.GetProperty("complaintReference").GetString() == reference;

    private async Task<string> PersonAsync(string email)
    {
        await using var scope = desk.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing.Id;
        }

        var user = new DeskUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        Assert.True((await users.CreateAsync(user, DeskApi.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, nameof(DeskRole.Supervisor))).Succeeded);
        return user.Id;
    }

    /// <summary>A team holding one supervisor, with a category of its own.</summary>
    private async Task TeamAsync(DeskApi admin, string name, string category, string supervisorEmail)
    {
        var team = await (await admin.Http.PostAsJsonAsync("/api/v1/teams", new { name })).Content.ReadFromJsonAsync<JsonObject>();
        var id = team!["id"]!.GetValue<int>();
        var members = await admin.Http.PutAsJsonAsync($"/api/v1/teams/{id}/members", new { userIds = new[] { await PersonAsync(supervisorEmail) } });
        members.EnsureSuccessStatusCode();
        (await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = category })).EnsureSuccessStatusCode();
        (await admin.Http.PutAsJsonAsync($"/api/v1/categories/{Uri.EscapeDataString(category)}/team", new { teamId = id })).EnsureSuccessStatusCode();
    }

    private static async Task<string> EscalatedAsync(DeskApi handler, string category)
    {
        var reference = (await handler.ReceiveAsync(DeskApi.NewComplaintBody(category: category)))["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "escalate", new { reason = "The complainant threatens legal action." });
        return reference;
    }

    private async Task<(HubInbox North, HubInbox South, DeskApi NorthApi, DeskApi SouthApi)> TwoTeamsAsync(string suffix)
    {
        var admin = await DeskApi.SignInAsync(desk.App, "admin@demo.local");
        await TeamAsync(admin, $"North {suffix}", $"North goods {suffix}", NorthLead);
        await TeamAsync(admin, $"South {suffix}", $"South goods {suffix}", SouthLead);
        // The demo categories all belong to the demo team: this one belongs to nobody.
        (await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name = $"Anything {suffix}" })).EnsureSuccessStatusCode();
        var northApi = await DeskApi.SignInAsync(desk.App, NorthLead);
        var southApi = await DeskApi.SignInAsync(desk.App, SouthLead);
        return (await desk.ListenAsync(northApi, nameof(IDeskClient.AlertRaised)), await desk.ListenAsync(southApi, nameof(IDeskClient.AlertRaised)), northApi, southApi);
    }

    [Fact]
    public async Task A_teams_supervisor_hears_its_alert_and_a_supervisor_of_another_team_does_not()
    {
        var (north, south, northApi, southApi) = await TwoTeamsAsync("1");
        await using var _ = north;
        await using var __ = south;
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");

        var northern = await EscalatedAsync(handler, "North goods 1");
        // A complaint with no team reaches both: once South hears it, anything for South about the first would have come before.
        var marker = await EscalatedAsync(handler, "Anything 1");

        await north.NextAsync(nameof(IDeskClient.AlertRaised), m => About(m, northern));
        await south.NextAsync(nameof(IDeskClient.AlertRaised), m => About(m, marker));
        Assert.DoesNotContain(south.Seen, m => About(m.Message, northern));
        var southList = await southApi.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts");
        var northList = await northApi.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts");
        Assert.DoesNotContain(southList!, a => a!["complaintReference"]!.GetValue<string>() == northern);
        Assert.Contains(northList!, a => a!["complaintReference"]!.GetValue<string>() == northern);
    }

    [Fact]
    public async Task With_no_team_every_supervisor_hears_it_and_lists_it()
    {
        var (north, south, northApi, southApi) = await TwoTeamsAsync("2");
        await using var _ = north;
        await using var __ = south;
        var supervisor = await DeskApi.SignInAsync(desk.App, "supervisor@demo.local");
        await using var demoTeam = await desk.ListenAsync(supervisor, nameof(IDeskClient.AlertRaised));
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");

        var teamless = await EscalatedAsync(handler, "Anything 2");

        foreach (var inbox in new[] { north, south, demoTeam })
        {
            await inbox.NextAsync(nameof(IDeskClient.AlertRaised), m => About(m, teamless));
        }

        foreach (var api in new[] { northApi, southApi, supervisor })
        {
            var listed = await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/alerts");
            Assert.Contains(listed!, a => a!["complaintReference"]!.GetValue<string>() == teamless);
        }
    }
}
