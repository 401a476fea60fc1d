using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// Stores an instant as a UTC date-time, which SQLite can order and compare (as text) and PostgreSQL stores as
/// <c>timestamp with time zone</c>. Both keep whole microseconds, PostgreSQL's precision, so an instant reads
/// back, sorts and compares alike on either engine.
/// </summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTime>(
    instant => new DateTime(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc),
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
