using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>A calendar month as the reports name it: <c>yyyy-MM</c>, from 2000-01 to the desk's current month.</summary>
public sealed record ReportMonth(int Year, int Month)
{
    public static readonly ReportMonth Earliest = new(2000, 1);

    public MonitoringPeriod Period => MonitoringPeriod.Month(Year, Month);

    public string FileName => $"complaints-{this}.xlsx";

    /// <summary>Reads a month a person asked for; anything else than 2000-01 up to the current month in the desk's zone is a field error.</summary>
    public static ReportMonth Parse(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var latest = Containing(now, zone);
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw InvalidInputException.For("month", DeskMessage.Of(FieldKeys.Month, latest.ToString()));
        }

        var month = new ReportMonth(first.Year, first.Month);
        return month.CompareTo(Earliest) < 0 || month.CompareTo(latest) > 0
            ? throw InvalidInputException.For("month", DeskMessage.Of(FieldKeys.MonthOutOfRange, Earliest.ToString(), latest.ToString()))
            : month;
    }

    /// <summary>The month <paramref name="instant"/> falls in, in the desk's time zone.</summary>
    public static ReportMonth Containing(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new ReportMonth(local.Year, local.Month);
    }

    public static ReportMonth Of(MonitoringPeriod period) => new(period.From.Year, period.From.Month);

    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
