using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Reports.Runs;

namespace ComplaintDesk.Tests.Core.Reports.Runs;

public sealed class ReadingAReportMonth
{
    private static readonly TimeZoneInfo _istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    [Fact]
    public void The_current_month_is_the_one_in_the_desks_zone()
    {
        // 22:30 UTC on 30 November is already 1 December in Istanbul.
        var now = new DateTimeOffset(2026, 11, 30, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new ReportMonth(2026, 12), ReportMonth.Parse("2026-12", now, _istanbul));
        Assert.Throws<InvalidInputException>(() => ReportMonth.Parse("2026-12", now, TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("1999-12")]
    [InlineData("9999-12")]
    [InlineData("2027-01")]
    [InlineData("2026-13")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_month_from_2000_to_now(string? text)
    {
        var refusal = Assert.Throws<InvalidInputException>(() => ReportMonth.Parse(text, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), _istanbul));

        Assert.Equal(["month"], refusal.Errors.Keys);
    }
}
