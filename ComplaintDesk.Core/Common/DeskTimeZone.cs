using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Common;

/// <summary>The desk's IANA time zone, resolved once.</summary>
public sealed class DeskTimeZone(IOptions<DeskOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public int YearOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).Year;
}
