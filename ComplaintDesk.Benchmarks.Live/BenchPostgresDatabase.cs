using Npgsql;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>A database of its own on the PostgreSQL server given, dropped when the run ends.</summary>
internal sealed class BenchPostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private BenchPostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static async Task<BenchPostgresDatabase> CreateAsync(string server, CancellationToken cancellationToken)
    {
        var database = new BenchPostgresDatabase(server, $"desk_bench_{Guid.NewGuid():N}");
        await database.RunAsync($"CREATE DATABASE {database._name}", cancellationToken);
        return database;
    }

    public ValueTask DisposeAsync() => new(RunAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", CancellationToken.None));

    private async Task RunAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
