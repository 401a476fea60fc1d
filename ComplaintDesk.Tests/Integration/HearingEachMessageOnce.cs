using System.Text.Json;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A person with several roles is in several audiences, yet hears every message once.</summary>
public sealed class HearingEachMessageOnce(LiveDesk desk) : IClassFixture<LiveDesk>
{
    private const string SupervisingQualityManager = "lead@demo.local";

    [Fact]
    public async Task A_supervisor_who_is_also_quality_manager_hears_a_level_two_alert_and_each_change_once()
    {
        await AddPersonAsync(SupervisingQualityManager, DeskRole.Supervisor, DeskRole.QualityManager);
        var lead = await DeskApi.SignInAsync(desk.App, SupervisingQualityManager);
        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        await using var inbox = await desk.ListenAsync(lead, nameof(IDeskClient.ComplaintChanged), nameof(IDeskClient.AlertRaised));
        var received = await handler.ReceiveAsync();
        var reference = received["reference"]!.GetValue<string>();
        var first = await handler.MoveAsync(reference, "escalate", new { reason = "The complainant wrote to the press." });
        var second = await handler.MoveAsync(reference, "escalate", new { reason = "The press called." });
        int[] versions = [.. new[] { received, first, second }.Select(c => c["version"]!.GetValue<int>())];
        var lastVersion = versions[^1];

        // Each move announces the change, then the alert it raised.
        await inbox.NextAsync(nameof(IDeskClient.ComplaintChanged), m =>
            m.GetProperty("reference").GetString() == reference && m.GetProperty("version").GetInt32() == lastVersion);
        await inbox.NextAsync(nameof(IDeskClient.AlertRaised), m => About(m, reference) && m.GetProperty("level").GetInt32() == 2);
        // A duplicate would have been sent right behind the first: a later message on the same connection proves it is not coming.
        var marker = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await inbox.NextAsync(nameof(IDeskClient.ComplaintChanged), m => m.GetProperty("reference").GetString() == marker);

        var alerts = inbox.Seen.Where(m => m.Method == nameof(IDeskClient.AlertRaised) && About(m.Message, reference)).ToList();
        Assert.Equal([1, 2], alerts.Select(m => m.Message.GetProperty("level").GetInt32()));
        var changes = inbox.Seen.Where(m => m.Method == nameof(IDeskClient.ComplaintChanged) && m.Message.GetProperty("reference").GetString() == reference);
        Assert.Equal(versions, changes.Select(m => m.Message.GetProperty("version").GetInt32()));
    }

    [Fact]
    public void Every_alert_goes_to_one_group_that_its_whole_audience_joins()
    {
        var lead = new Actor("id-lead", SupervisingQualityManager, new HashSet<DeskRole> { DeskRole.Supervisor, DeskRole.QualityManager });
        var quality = new Actor("id-q", "quality@demo.local", new HashSet<DeskRole> { DeskRole.QualityManager });
        var handler = new Actor("id-h", "handler@demo.local", new HashSet<DeskRole> { DeskRole.Handler });

        Assert.Contains(DeskGroups.Audience(DeskRole.QualityManager), DeskGroups.Of(lead));
        Assert.Contains(DeskGroups.Audience(DeskRole.Supervisor), DeskGroups.Of(lead));
        Assert.Contains(DeskGroups.Audience(DeskRole.QualityManager), DeskGroups.Of(quality));
        Assert.DoesNotContain(DeskGroups.Audience(DeskRole.Supervisor), DeskGroups.Of(quality));
        Assert.DoesNotContain(DeskGroups.Of(handler), group => group.StartsWith("alerts:", StringComparison.Ordinal));
        Assert.DoesNotContain(DeskGroups.Monitoring, DeskGroups.Of(handler));
        Assert.Equal(DeskGroups.Of(lead).Count, DeskGroups.Of(lead).Distinct().Count());
    }

    private static bool About(JsonElement alert, string reference) => alert.GetProperty("complaintReference").GetString() == reference;

    private async Task AddPersonAsync(string email, params DeskRole[] roles)
    {
        await using var scope = desk.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new DeskUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Deniz Lead" };
        Assert.True((await users.CreateAsync(user, DeskApi.Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles.Select(r => r.ToString()))).Succeeded);
    }
}
