using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>
/// The PostgreSQL server <c>./test.sh</c> starts, named by <c>DESK_TEST_POSTGRES</c>. Each desk gets a database of
/// its own, copied from a template that the desk's migrations built once per run, so a test never waits for them.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "DESK_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> _template = new(BuildTemplateAsync);

    /// <summary>The server's connection string, for the maintenance database.</summary>
    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{Variable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");

    /// <summary>A new, empty database (no migrations applied), and its connection string.</summary>
    public static async Task<string> CreateEmptyAsync(string? template = null)
    {
        var name = $"desk_{Guid.NewGuid():N}";
        await ExecuteAsync(template is null ? $"""CREATE DATABASE "{name}" """ : $"""CREATE DATABASE "{name}" TEMPLATE "{template}" """);
        return On(name);
    }

    /// <summary>A new database with the desk's tables and default categories, and its connection string.</summary>
    public static async Task<string> CreateMigratedAsync() => await CreateEmptyAsync(await _template.Value);

    public static async Task DropAsync(string connectionString)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"""DROP DATABASE "{new NpgsqlConnectionStringBuilder(connectionString).Database}" WITH (FORCE)""");
    }

    private static async Task<string> BuildTemplateAsync()
    {
        var template = await CreateEmptyAsync();
        var options = new DbContextOptionsBuilder<DeskDbContext>();
        DeskDatabase.Use(options, DeskDatabaseProvider.Postgres, template);
        await using (var db = new DeskDbContext(options.Options))
        {
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        }

        // A template is copied only while nobody is connected to it.
        await using (var connection = new NpgsqlConnection(template))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return new NpgsqlConnectionStringBuilder(template).Database!;
    }

    private static string On(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
