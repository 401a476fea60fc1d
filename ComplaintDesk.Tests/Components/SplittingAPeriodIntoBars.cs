using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Web.Features.Monitoring;

namespace ComplaintDesk.Tests.Components;

/// <summary>The volume chart has a bar per week of a month, per month of a longer range, per year beyond two years; no day is lost or counted twice.</summary>
public sealed class SplittingAPeriodIntoBars
{
    [Fact]
    public void A_month_is_cut_into_monday_to_sunday_weeks_at_its_edges()
    {
        var bars = VolumeBuckets.Of(MonitoringPeriod.Month(2026, 11));

        Assert.Equal(
            ["1 Nov", "2–8 Nov", "9–15 Nov", "16–22 Nov", "23–29 Nov", "30 Nov"],
            bars.Select(b => VolumeBuckets.Label(b, VolumeUnit.Week)));
    }

    [Fact]
    public void A_week_across_two_months_names_both()
    {
        var bars = VolumeBuckets.Of(new MonitoringPeriod(new DateOnly(2026, 3, 25), new DateOnly(2026, 4, 8)));

        Assert.Equal(["25–29 Mar", "30 Mar–5 Apr", "6–8 Apr"], bars.Select(b => VolumeBuckets.Label(b, VolumeUnit.Week)));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-03-31", VolumeUnit.Week, 14)]
    [InlineData("2026-01-01", "2026-04-30", VolumeUnit.Month, 4)]
    [InlineData("2024-07-15", "2026-06-30", VolumeUnit.Month, 24)]
    [InlineData("2020-03-01", "2026-06-30", VolumeUnit.Year, 7)]
    public void Long_periods_use_longer_bars_that_cover_every_day_once(string from, string to, VolumeUnit unit, int count)
    {
        var period = new MonitoringPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var bars = VolumeBuckets.Of(period);

        Assert.Equal((unit, count), (VolumeBuckets.UnitFor(period), bars.Count));
        Assert.Equal(period.From, bars[0].From);
        Assert.Equal(period.To, bars[^1].To);
        Assert.All(bars.Zip(bars.Skip(1)), pair => Assert.Equal(pair.First.To.AddDays(1), pair.Second.From));
    }
}
