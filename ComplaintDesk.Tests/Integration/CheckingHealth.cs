using System.Net;
using ComplaintDesk.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

public sealed class CheckingHealth
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_working_desk_answers_200_Healthy_to_anyone(string path)
    {
        await using var factory = new DeskApiFactory();

        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_503_Unhealthy_when_the_database_cannot_be_reached_while_live_still_answers()
    {
        await using var factory = new DeskApiFactory();
        var http = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

        // The database's folder moves away (as a lost volume would): no new connection can open it.
        var folder = Path.GetDirectoryName(factory.DatabasePath)!;
        Directory.Move(folder, folder + "-away");
        SqliteConnection.ClearAllPools();
        try
        {
            var ready = await http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            Directory.Move(folder + "-away", folder);
        }
    }

    [Fact]
    public async Task Ready_answers_503_Unhealthy_when_a_migration_is_missing()
    {
        await using var factory = new DeskApiFactory();
        var http = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")");
        }

        var ready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
