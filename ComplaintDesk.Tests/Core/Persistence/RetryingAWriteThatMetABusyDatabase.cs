using ComplaintDesk.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ComplaintDesk.Tests.Core.Persistence;

/// <summary>A write that failed only because other writers held the database at that moment is recognised as one to try again, on either engine.</summary>
public sealed class RetryingAWriteThatMetABusyDatabase
{
    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public void A_PostgreSQL_deadlock_or_serialization_failure_is_tried_again(string sqlState) =>
        Assert.True(BusyDatabase.Is(new DbUpdateException("Saving failed.", new PostgresException("Chosen to give way.", "ERROR", "ERROR", sqlState))));

    [Fact]
    public void SQLite_busy_is_tried_again() =>
        Assert.True(BusyDatabase.Is(new DbUpdateException("Saving failed.", new SqliteException("database is locked", 5))));

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation)]
    public void A_PostgreSQL_refusal_is_not(string sqlState) =>
        Assert.False(BusyDatabase.Is(new DbUpdateException("Saving failed.", new PostgresException("Refused.", "ERROR", "ERROR", sqlState))));
}
