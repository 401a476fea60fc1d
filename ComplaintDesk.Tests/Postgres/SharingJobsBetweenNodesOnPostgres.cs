using ComplaintDesk.Web.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>With PostgreSQL, Hangfire keeps its jobs in the desk's database: they outlive a node, and every node takes each once.</summary>
public sealed class SharingJobsBetweenNodesOnPostgres : IAsyncLifetime
{
    private readonly string _batch = Guid.NewGuid().ToString("N");
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestPostgres.CreateEmptyAsync();

    public Task DisposeAsync() => TestPostgres.DropAsync(_database);

    [Fact]
    public async Task A_job_delayed_on_a_node_that_stops_runs_on_the_node_that_starts_after_it()
    {
        await using (var stopping = new PostgresNode(_database))
        {
            stopping.Services.GetRequiredService<IBackgroundJobClient>()
                .Schedule<RecordedJob>(job => job.Run(_batch, 1), TimeSpan.FromSeconds(5));
        }

        await using var starting = new PostgresNode(_database);
        _ = starting.Services;
        await RecordedJob.WaitForRunsAsync(_batch, 1);

        Assert.Same(starting.Time, Assert.Single(RecordedJob.RunsOf(_batch)).Node);
    }

    [Fact]
    public async Task Jobs_queued_on_two_nodes_of_one_database_each_run_once()
    {
        await using var first = new PostgresNode(_database);
        await using var second = new PostgresNode(_database);
        IServiceProvider[] nodes = [first.Services, second.Services];

        for (var number = 0; number < 40; number++)
        {
            var queuedOn = nodes[number % 2].GetRequiredService<IBackgroundJobClient>();
            var n = number;
            queuedOn.Enqueue<RecordedJob>(job => job.Run(_batch, n));
        }

        await RecordedJob.WaitForRunsAsync(_batch, 40);

        Assert.Equal(Enumerable.Range(0, 40), RecordedJob.RunsOf(_batch).Select(r => r.Number).Order());
    }

    [Fact]
    public async Task Hangfire_keeps_its_tables_in_a_schema_of_its_own()
    {
        await using var node = new PostgresNode(_database);
        _ = node.Services;

        Assert.Contains(DeskJobStorage.Schema, await SchemasAsync());
    }

    private async Task<List<string>> SchemasAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT nspname FROM pg_namespace", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
