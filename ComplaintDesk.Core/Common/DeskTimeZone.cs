using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Common;

/// <summary>
/// The desk's IANA time zone: <c>Desk:TimeZone</c> on the first start, then the zone of the stored
/// business calendar, which administrators may change.
/// </summary>
public sealed class DeskTimeZone(IOptions<DeskOptions> options)
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Raised when the desk moves to another zone, for what is scheduled in it (the monthly workbook).</summary>
    public event Action<TimeZoneInfo>? Changed;

    public int YearOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).Year;

    internal void Use(TimeZoneInfo zone)
    {
        if (zone.Id == Zone.Id)
        {
            return;
        }

        Zone = zone;
        Changed?.Invoke(zone);
    }
}
