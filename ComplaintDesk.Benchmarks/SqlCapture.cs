using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintDesk.Benchmarks;

/// <summary>Keeps the text and parameter values of every query EF sends, to ask SQLite for its plan.</summary>
internal sealed class SqlCapture : DbCommandInterceptor
{
    public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add((command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
