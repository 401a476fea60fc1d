using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

public sealed class StartingWithoutDemoData(StartingWithoutDemoData.BootstrapFactory factory)
    : IClassFixture<StartingWithoutDemoData.BootstrapFactory>
{
    [Fact]
    public async Task Creates_the_bootstrap_administrator_and_no_demo_users_or_complaints()
    {
        var http = factory.CreateClient();

        var demo = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "handler@demo.local", password = DeskApi.Password });
        var admin = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "first.admin@example.com", password = "Str0ng!Passw0rd" });

        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var token = (await admin.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonObject>("/api/v1/complaints"))!["total"]!.GetValue<int>());

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        Assert.Single(users.Users);
        Assert.True(await users.IsInRoleAsync(users.Users.Single(), "Administrator"));
    }

    [Fact]
    public async Task Seeds_the_default_categories()
    {
        using var scope = factory.Services.CreateScope();
        await using var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<DeskDbContext>>().CreateDbContext();

        Assert.Equal(
            ["Billing", "Customer service", "Delivery", "General", "Product quality", "Staff conduct"],
            db.Categories.Select(c => c.Name).AsEnumerable().Order(StringComparer.Ordinal));
    }

    public sealed class BootstrapFactory : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "false",
            ["Desk:Bootstrap:AdminEmail"] = "first.admin@example.com",
            ["Desk:Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        };
    }
}
