using ClosedXML.Excel;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Reports.Workbook;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core.Monitoring;
using ComplaintDesk.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Reports.Workbook;

public class WritingTheMonthlyWorkbook(HandBuiltFebruary month) : IClassFixture<HandBuiltFebruary>
{
    private async Task<(XLWorkbook Workbook, MonitoringFigures Figures)> WriteAsync(bool withPersonalData = false)
    {
        var file = new MemoryStream();
        var figures = await month.Desk.Services.GetRequiredService<MonthlyWorkbook>()
            .WriteAsync(HandBuiltFebruary.February, HandBuiltFebruary.AsOf, file, withPersonalData, CancellationToken.None);
        file.Position = 0;
        return (new XLWorkbook(file), figures);
    }

    private static Dictionary<string, IXLCell> Summary(XLWorkbook workbook) =>
        workbook.Worksheet("Summary").RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2));

    private static IXLRow RowOf(IXLWorksheet sheet, string reference) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == reference);

    [Fact]
    public async Task Has_the_named_sheets_in_order()
    {
        var (workbook, _) = await WriteAsync();

        Assert.Equal(
            ["Summary", "By category", "By channel", "By priority", "By handler", "Breaches", "Escalations", "Complaints"],
            workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public async Task The_summary_holds_every_figure_of_the_core_computation_as_a_real_excel_value()
    {
        var (workbook, figures) = await WriteAsync();
        var summary = Summary(workbook);

        Assert.Equal(("Measure", "Value"), (workbook.Worksheet("Summary").Cell(1, 1).GetString(), workbook.Worksheet("Summary").Cell(1, 2).GetString()));
        Assert.Equal(XLDataType.Number, summary["Received"].DataType);
        Assert.Equal(figures.Total.Received, summary["Received"].GetValue<int>());
        Assert.Equal(figures.Total.Closed, summary["Closed"].GetValue<int>());
        Assert.Equal(figures.Total.OpenAtEnd, summary["Open at period end"].GetValue<int>());
        var acknowledge = figures.Total.Clocks.Single(c => c.Kind == ClockKind.Acknowledge);
        Assert.Equal(acknowledge.OnTimeRate!.Value, summary["Acknowledge on-time rate"].GetDouble(), 9);
        Assert.Equal("0.0%", summary["Acknowledge on-time rate"].Style.NumberFormat.Format);
        Assert.Equal(acknowledge.MedianHours!.Value, summary["Acknowledge median business hours"].GetDouble(), 9);
        Assert.Equal(figures.Total.Escalations, summary["Escalations (levels 1–3)"].GetValue<int>());
        Assert.Equal(figures.Total.SatisfactionMean!.Value, summary["Satisfaction mean (1–5)"].GetDouble(), 9);
        Assert.Equal(XLDataType.DateTime, summary["Figures as of"].DataType);
        Assert.Equal(new DateTime(2027, 3, 1, 9, 0, 0), summary["Figures as of"].GetDateTime());
        Assert.Equal((XLDataType.DateTime, new DateTime(2027, 2, 1)), (summary["First day"].DataType, summary["First day"].GetDateTime()));
        Assert.Equal((XLDataType.DateTime, new DateTime(2027, 2, 28)), (summary["Last day"].DataType, summary["Last day"].GetDateTime()));
        Assert.Equal(SummaryRows.From(figures, "Europe/Istanbul").Count, summary.Count);
    }

    [Fact]
    public async Task The_summary_names_the_period_in_the_workbooks_own_English_whatever_the_language_around_it()
    {
        using var language = new TestCulture("tr-TR");

        var (workbook, figures) = await WriteAsync();

        Assert.Equal("February 2027", Summary(workbook)["Period"].GetString());
        var fortnight = figures with { Period = new MonitoringPeriod(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 15)) };
        Assert.Equal("2027-02-01 to 2027-02-15", SummaryRows.From(fortnight, "Europe/Istanbul")[0].Value);
    }

    [Fact]
    public async Task Breakdowns_carry_the_pareto_as_percentages()
    {
        var (workbook, figures) = await WriteAsync();
        var byCategory = workbook.Worksheet("By category");

        var billing = RowOf(byCategory, "Billing");
        Assert.Equal(3, billing.Cell(2).GetValue<int>());
        Assert.Equal(figures.By(MonitoringDimension.Category)[0].CumulativeShare, billing.Cell(4).GetDouble(), 9);
        Assert.Equal("0.0%", billing.Cell(3).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task Breakdowns_carry_each_clocks_counts_rate_mean_and_median_as_computed()
    {
        var (workbook, figures) = await WriteAsync();
        var byCategory = workbook.Worksheet("By category");
        var headers = byCategory.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var billing = RowOf(byCategory, "Billing");
        var computed = figures.By(MonitoringDimension.Category).Single(g => g.Key == "Billing").Figures.Clocks.Single(c => c.Kind == ClockKind.Respond);

        double? Value(string header) => billing.Cell(headers.IndexOf(header) + 1) is var cell && !cell.IsEmpty() ? cell.GetDouble() : null;

        Assert.Equal(
            (computed.OnTime, computed.Late, computed.OnTimeRate, computed.MeanHours, computed.MedianHours),
            ((int?)Value("Respond on time"), (int?)Value("Respond late"), Value("Respond on-time rate"), Value("Respond mean hours"), Value("Respond median hours")));
    }

    [Fact]
    public async Task Complaints_lists_each_complaint_received_in_the_month_with_typed_cells_and_no_personal_data()
    {
        var (workbook, _) = await WriteAsync();
        var complaints = workbook.Worksheet("Complaints");

        Assert.Equal(5, complaints.RowsUsed().Count() - 1);
        var b = RowOf(complaints, month.Reference("B"));
        Assert.Equal(XLDataType.DateTime, b.Cell(2).DataType);
        Assert.Equal(new DateTime(2027, 2, 1, 10, 0, 0), b.Cell(2).GetDateTime());
        Assert.Equal("Late, running", b.Cell(13).GetString());
        Assert.Equal(1, b.Cell(16).GetValue<int>());
        Assert.Equal("Corrective action", complaints.Cell(1, 20).GetString());
        Assert.Equal(HandBuiltFebruary.CorrectiveAction, RowOf(complaints, month.Reference("A")).Cell(20).GetString());
        Assert.DoesNotContain(complaints.Row(1).CellsUsed(), c => c.GetString() is "Complainant" or "E-mail" or "Phone");
        Assert.DoesNotContain(complaints.CellsUsed(), c => c.GetString().Contains("@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_formula_looking_description_is_stored_as_text_that_excel_never_evaluates()
    {
        var (workbook, _) = await WriteAsync();

        var description = RowOf(workbook.Worksheet("Complaints"), month.Reference("C")).Cell(9);

        Assert.False(description.HasFormula);
        Assert.Equal(XLDataType.Text, description.DataType);
        Assert.Equal(HandBuiltFebruary.FormulaLooking, description.GetString());
        Assert.True(description.Style.IncludeQuotePrefix);
    }

    [Fact]
    public async Task Breaches_and_escalations_list_the_late_clocks_and_the_alerts_of_the_month()
    {
        var (workbook, figures) = await WriteAsync();

        var breaches = workbook.Worksheet("Breaches").RowsUsed().Skip(1).ToList();
        Assert.Equal(figures.Total.Clocks.Sum(c => c.Late), breaches.Count);
        Assert.All(breaches, r => Assert.True(r.Cell(5).GetDouble() > 0));
        var escalations = workbook.Worksheet("Escalations").RowsUsed().Skip(1).Select(r => r.Cell(4).GetString()).Order();
        Assert.Equal(["Manual", "Rejected"], escalations);
    }

    [Fact]
    public async Task Every_sheet_has_a_frozen_header_and_a_filter_over_its_rows()
    {
        var (workbook, _) = await WriteAsync();

        Assert.All(workbook.Worksheets, sheet =>
        {
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled, $"{sheet.Name} has no filter.");
            Assert.True(sheet.Cell(1, 1).Style.Font.Bold, $"{sheet.Name}'s header is not bold.");
        });
        Assert.Equal("A1:T6", workbook.Worksheet("Complaints").AutoFilter.Range.RangeAddress.ToString());
    }

    [Fact]
    public async Task The_export_with_personal_data_adds_the_complainant()
    {
        var (workbook, _) = await WriteAsync(withPersonalData: true);

        var a = RowOf(workbook.Worksheet("Complaints"), month.Reference("A"));
        Assert.Equal(("Complainant A", "a@example.com"), (a.Cell(20).GetString(), a.Cell(21).GetString()));
        Assert.Equal(HandBuiltFebruary.CorrectiveAction, a.Cell(23).GetString());
    }
}
