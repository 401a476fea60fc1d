using Microsoft.Data.Sqlite;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// A copy of the seeded database with every complaint (and its clocks and complainant) repeated
/// <c>copies</c> times under new ids and references: the rows a year's export has to stream.
/// </summary>
internal static class BenchCopies
{
    private const long Offset = 1_000_000;

    public static async Task<string> EnsureAsync(string seeded, int copies, CancellationToken cancellationToken)
    {
        var path = seeded.Replace(".db", $"-x{copies}.db", StringComparison.Ordinal);
        if (File.Exists(path))
        {
            return path;
        }

        var building = $"{path}.{Environment.ProcessId}.building";
        File.Copy(seeded, building, overwrite: true);
        await using (var connection = new SqliteConnection($"Data Source={building};Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            for (var copy = 1; copy < copies; copy++)
            {
                var shift = copy * Offset;
                await CopyAsync(connection, "Complaints", new() { ["Id"] = $"Id + {shift}", ["Reference"] = $"Reference || '-{copy}'" }, cancellationToken);
                await CopyAsync(connection, "ComplaintClocks", new() { ["ComplaintId"] = $"ComplaintId + {shift}" }, cancellationToken, $"ComplaintId < {Offset}");
                await CopyAsync(connection, "Complainants", new() { ["Id"] = $"Id + {shift}", ["ComplaintId"] = $"ComplaintId + {shift}" }, cancellationToken, $"ComplaintId < {Offset}");
            }

            await transaction.CommitAsync(cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path, overwrite: true);
        return path;
    }

    private static async Task CopyAsync(
        SqliteConnection connection, string table, Dictionary<string, string> changed, CancellationToken cancellationToken, string? where = null)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info(\"{table}\")";
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(1));
            }
        }

        await using var copy = connection.CreateCommand();
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(c => changed.GetValueOrDefault(c, $"\"{c}\"")));
        copy.CommandText = $"INSERT INTO \"{table}\" ({names}) SELECT {values} FROM \"{table}\" WHERE {where ?? $"Id < {Offset}"}";
        await copy.ExecuteNonQueryAsync(cancellationToken);
    }
}
