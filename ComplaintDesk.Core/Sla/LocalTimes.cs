namespace ComplaintDesk.Core.Sla;

/// <summary>Maps a local wall-clock time to an instant, deciding the two daylight-saving edge cases.</summary>
public static class LocalTimes
{
    public enum Edge
    {
        Start,
        End,
    }

    /// <summary>
    /// A time in a spring-forward gap maps to the first instant after the gap; a time that occurs
    /// twice on a fall-back day maps to its first occurrence for a start and its second for an end.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone, Edge edge)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            return new DateTimeOffset(local, edge == Edge.Start ? offsets.Max() : offsets.Min());
        }

        return zone.IsInvalidTime(local)
            ? FirstInstantAtOrAfter(local, zone)
            : new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    // Inside a gap no instant shows this local time; the first one showing a later time is the gap's end.
    private static DateTimeOffset FirstInstantAtOrAfter(DateTime local, TimeZoneInfo zone)
    {
        var low = new DateTimeOffset(local, TimeSpan.Zero).AddHours(-15).UtcTicks;
        var high = new DateTimeOffset(local, TimeSpan.Zero).AddHours(15).UtcTicks;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (TimeZoneInfo.ConvertTime(new DateTimeOffset(middle, TimeSpan.Zero), zone).DateTime >= local)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return new DateTimeOffset(low, TimeSpan.Zero);
    }
}
