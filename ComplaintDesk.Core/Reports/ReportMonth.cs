using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Core.Reports;

/// <summary>A calendar month as the reports name it: <c>yyyy-MM</c>.</summary>
public sealed record ReportMonth(int Year, int Month)
{
    public MonitoringPeriod Period => MonitoringPeriod.Month(Year, Month);

    public string FileName => $"complaints-{this}.xlsx";

    public static ReportMonth Parse(string? text)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year < 2000)
        {
            throw new InvalidInputException(new Dictionary<string, string[]> { ["month"] = ["Give the month as yyyy-MM, e.g. 2027-02."] });
        }

        return new ReportMonth(first.Year, first.Month);
    }

    public static ReportMonth Of(MonitoringPeriod period) => new(period.From.Year, period.From.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
