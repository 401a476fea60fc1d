using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Demo;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// Nodes started at the same moment on an empty PostgreSQL database take turns under one lock: every node starts,
/// the migrations run once, and the demo desk, the default categories and the key ring are made once.
/// </summary>
public sealed class StartingSeveralNodesAtOnceOnPostgres : IAsyncLifetime
{
    private string _database = "";
    private PostgresNode[] _nodes = [];

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateEmptyAsync();
        _nodes = [new(_database), new(_database), new(_database)];
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await TestPostgres.DropAsync(_database);
    }

    [Fact]
    public async Task Three_nodes_started_together_on_an_empty_database_make_one_desk_between_them()
    {
        var started = await Task.WhenAll(_nodes.Select(node => Task.Run(() => node.Services)));

        await using var db = await started[0].GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(DemoUsers.All.Count, await db.Users.CountAsync());
        Assert.Equal(DemoComplaints.Count, await db.Complaints.CountAsync());
        Assert.Equal(1, await db.Teams.CountAsync(t => t.Name == DemoContent.English.Team));
        Assert.Equal(DefaultCategories.Names.Count, await db.Categories.CountAsync());
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }
}
