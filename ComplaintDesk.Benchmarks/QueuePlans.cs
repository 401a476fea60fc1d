using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Benchmarks;

/// <summary>For each queue and search case: how many complaints it matches, the SQL EF sends and SQLite's plan for it.</summary>
internal static class QueuePlans
{
    public static async Task PrintAsync(CancellationToken cancellationToken)
    {
        var path = await BenchDatabase.EnsureSeededAsync(cancellationToken);
        Console.WriteLine($"Database: {path}");
        var cases = QueueCase.All.Select(c => (c.Name, Run: (Func<IComplaintQueries, Task<Page<ComplaintSummary>>>)(q => c.RunAsync(q, cancellationToken))))
            .Concat(SearchCase.All.Select(c => ($"search {c.Name}", Run: (Func<IComplaintQueries, Task<Page<ComplaintSummary>>>)(q => c.RunAsync(q, cancellationToken)))));
        foreach (var (name, run) in cases)
        {
            var capture = new SqlCapture();
            await using var services = await BenchDatabase.OpenSeededAsync(
                cancellationToken, s => s.ConfigureDbContext<DeskDbContext>(o => o.AddInterceptors(capture)));
            capture.Commands.Clear();
            var page = await run(services.GetRequiredService<IComplaintQueries>());
            Console.WriteLine();
            Console.WriteLine($"=== {name}: {page.Total:N0} complaints, {page.Items.Count} on the page");
            foreach (var (sql, parameters) in capture.Commands)
            {
                Console.WriteLine(sql);
                Console.WriteLine(string.Join(", ", parameters.Select(p => $"{p.Name}={p.Value}")));
                foreach (var line in await ExplainAsync(path, sql, parameters, cancellationToken))
                {
                    Console.WriteLine($"  plan: {line}");
                }
            }
        }
    }

    private static async Task<List<string>> ExplainAsync(
        string path, string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN {sql}";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        var depth = new Dictionary<long, int> { [0] = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
            depth[reader.GetInt64(0)] = level;
            lines.Add(new string(' ', (level - 1) * 2) + reader.GetString(3));
        }

        return lines;
    }
}
