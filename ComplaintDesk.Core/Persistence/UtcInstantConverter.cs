using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintDesk.Core.Persistence;

/// <summary>Stores an instant as a UTC date-time, which SQLite can order and compare.</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTime>(
    instant => instant.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
