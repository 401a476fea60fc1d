using System.Globalization;
using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>The Summary sheet's lines: every figure of the period, labelled as the quality manager reads them.</summary>
public static class SummaryRows
{
    public const string Received = "Received";

    public static IReadOnlyList<SummaryRow> From(MonitoringFigures figures, string timeZone)
    {
        var total = figures.Total;
        var rows = new List<SummaryRow>
        {
            new("Period", PeriodText(figures.Period), CellKind.Text),
            new("First day", figures.Period.From, CellKind.Date),
            new("Last day", figures.Period.To, CellKind.Date),
            new("Figures as of", figures.AsOf, CellKind.DateTime),
            new("Time zone", timeZone, CellKind.Text),
            new(Received, total.Received, CellKind.Count),
            new("Closed", total.Closed, CellKind.Count),
            new("Withdrawn", total.Withdrawn, CellKind.Count),
            new("Open at period end", total.OpenAtEnd, CellKind.Count),
        };
        foreach (var clock in total.Clocks)
        {
            rows.Add(new($"{clock.Kind} on time", clock.OnTime, CellKind.Count));
            rows.Add(new($"{clock.Kind} late", clock.Late, CellKind.Count));
            rows.Add(new($"{clock.Kind} on-time rate", clock.OnTimeRate, CellKind.Percent));
            rows.Add(new($"{clock.Kind} mean business hours", clock.MeanHours, CellKind.Hours));
            rows.Add(new($"{clock.Kind} median business hours", clock.MedianHours, CellKind.Hours));
        }

        rows.Add(new("Escalations (levels 1–3)", total.Escalations, CellKind.Count));
        rows.AddRange(figures.Escalations.Select(e => new SummaryRow($"Escalations at level {e.Level}: {e.Trigger}", e.Count, CellKind.Count)));
        rows.Add(new("Reopened (decision rejected)", total.Reopened, CellKind.Count));
        rows.Add(new("Satisfaction mean (1–5)", total.SatisfactionMean, CellKind.Hours));
        rows.Add(new("Satisfaction response rate", total.SatisfactionResponseRate, CellKind.Percent));
        rows.AddRange(figures.RootCauses.Select(r => new SummaryRow($"Root cause: {r.RootCause}", r.Count, CellKind.Count)));
        return rows;
    }

    /// <summary>"February 2027" or "2027-02-01 to 2027-02-15": the workbook's own English, whoever reads or builds it.</summary>
    internal static string PeriodText(MonitoringPeriod period) => period.IsMonth
        ? period.From.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}");
}
