using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Writes every instant in one form, ISO 8601 in UTC with <c>Z</c> (e.g. <c>2026-11-23T06:00:00Z</c>), whatever offset
/// it was worked out in; the instant is the same. Reads any ISO 8601 offset, as before.
/// </summary>
public sealed class UtcInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>What the API document says of every date-time it shows.</summary>
    public const string Description = "Every date-time in an answer is an ISO 8601 instant in UTC, written with Z (e.g. 2026-11-23T06:00:00Z).";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime);
}
