using System.Collections.Concurrent;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintDesk.Tests.Core.Persistence;

/// <summary>
/// A write the database refuses reaches its caller as an exception and is not also logged as an error on the way:
/// the desk expects some (the same alert raised by two nodes at once) and answers the others where they land.
/// </summary>
public sealed class LeavingAFailedWriteToItsCaller : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintdesk-failed-write-").FullName;
    private readonly ConcurrentQueue<(LogLevel Level, string Category)> _logged = new();

    [Fact]
    public async Task A_refused_save_throws_to_its_caller_and_logs_no_error()
    {
        var connection = $"Data Source={Path.Combine(_folder, "desk.db")};Pooling=false";
        await using (var setup = NewContext(connection))
        {
            await setup.Database.EnsureCreatedAsync();
            setup.Categories.Add(new Category("Billing"));
            await setup.SaveChangesAsync();
        }

        await using var second = NewContext(connection);
        second.Categories.Add(new Category("Billing"));

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        Assert.Contains(_logged, entry => entry.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(_logged, entry => entry.Level >= LogLevel.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DeskDbContext NewContext(string connection)
    {
        var options = new DbContextOptionsBuilder<DeskDbContext>().UseLoggerFactory(LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Debug)
            .AddProvider(new RecordingLoggerProvider(_logged))));
        DeskDatabase.Use(options, DeskDatabaseProvider.Sqlite, connection);
        return new DeskDbContext(options.Options);
    }

    private sealed class RecordingLoggerProvider(ConcurrentQueue<(LogLevel, string)> logged) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RecordingLogger(logged, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLogger(ConcurrentQueue<(LogLevel, string)> logged, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logged.Enqueue((logLevel, category));
    }
}
