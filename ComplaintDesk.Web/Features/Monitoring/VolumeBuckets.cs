using System.Globalization;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>
/// Splits a period into the bars of the volume chart: weeks (Monday to Sunday, cut at the period's
/// edges), or months or years when weeks would be too many bars to read.
/// </summary>
public static class VolumeBuckets
{
    private const int MostBars = 16;
    private const int MostMonths = 24;

    public static VolumeUnit UnitFor(MonitoringPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var weeks = ((period.To.DayNumber - StartOfWeek(period.From).DayNumber) / 7) + 1;
        var months = ((period.To.Year - period.From.Year) * 12) + period.To.Month - period.From.Month + 1;
        return weeks <= MostBars ? VolumeUnit.Week : months <= MostMonths ? VolumeUnit.Month : VolumeUnit.Year;
    }

    public static IReadOnlyList<MonitoringPeriod> Of(MonitoringPeriod period)
    {
        var unit = UnitFor(period);
        var buckets = new List<MonitoringPeriod>();
        for (var start = period.From; start <= period.To;)
        {
            var next = unit switch
            {
                VolumeUnit.Week => StartOfWeek(start).AddDays(7),
                VolumeUnit.Month => new DateOnly(start.Year, start.Month, 1).AddMonths(1),
                _ => new DateOnly(start.Year + 1, 1, 1),
            };
            var end = next.AddDays(-1) < period.To ? next.AddDays(-1) : period.To;
            buckets.Add(new MonitoringPeriod(start, end));
            start = next;
        }

        return buckets;
    }

    /// <summary>"2–8 Mar", "30 Mar–5 Apr", "Mar 2026" or "2026", in the person's language.</summary>
    public static string Label(MonitoringPeriod bucket, VolumeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        var culture = CultureInfo.CurrentCulture;
        return unit switch
        {
            VolumeUnit.Year => bucket.From.Year.ToString(culture),
            VolumeUnit.Month => bucket.From.ToString("MMM yyyy", culture),
            _ when bucket.From == bucket.To => bucket.From.ToString("d MMM", culture),
            _ when bucket.From.Month == bucket.To.Month => $"{bucket.From.Day}–{bucket.To.ToString("d MMM", culture)}",
            _ => $"{bucket.From.ToString("d MMM", culture)}–{bucket.To.ToString("d MMM", culture)}",
        };
    }

    private static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
