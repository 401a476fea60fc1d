using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Core.Monitoring;

public class ComputingAMonthsFigures(HandBuiltFebruary month) : IClassFixture<HandBuiltFebruary>
{
    private const double Precision = 1e-9;

    private Task<MonitoringFigures> FiguresAsync() =>
        month.Monitoring.FiguresAsync(HandBuiltFebruary.February, HandBuiltFebruary.QualityManager, CancellationToken.None);

    private static ClockFigures Clock(PeriodFigures figures, ClockKind kind) => figures.Clocks.Single(c => c.Kind == kind);

    [Fact]
    public async Task Counts_received_closed_withdrawn_and_open_at_the_end_by_when_each_happened()
    {
        var total = (await FiguresAsync()).Total;

        Assert.Equal(5, total.Received);
        Assert.Equal(2, total.Closed);
        Assert.Equal(1, total.Withdrawn);
        Assert.Equal(3, total.OpenAtEnd);
    }

    [Fact]
    public async Task On_time_counts_clocks_stopped_by_their_deadline_late_includes_running_past_it_and_leaves_out_what_is_not_due()
    {
        var total = (await FiguresAsync()).Total;

        Assert.Equal((3, 1, 0.75), (Clock(total, ClockKind.Acknowledge).OnTime, Clock(total, ClockKind.Acknowledge).Late, Clock(total, ClockKind.Acknowledge).OnTimeRate!.Value));
        Assert.Equal((3, 1), (Clock(total, ClockKind.Respond).OnTime, Clock(total, ClockKind.Respond).Late));
        Assert.Equal((2, 2, 0.5), (Clock(total, ClockKind.Resolve).OnTime, Clock(total, ClockKind.Resolve).Late, Clock(total, ClockKind.Resolve).OnTimeRate!.Value));
    }

    [Fact]
    public async Task Mean_and_median_business_hours_come_from_the_stopped_clocks()
    {
        var total = (await FiguresAsync()).Total;

        // Acknowledge: A 1 h, B 6 h, D 2 h, E 1 h. Respond: A 11 h, D 2 h, E 10 h. Resolve: A 19 h, D 2 h.
        Assert.Equal(2.5, Clock(total, ClockKind.Acknowledge).MeanHours!.Value, Precision);
        Assert.Equal(1.5, Clock(total, ClockKind.Acknowledge).MedianHours!.Value, Precision);
        Assert.Equal(23.0 / 3, Clock(total, ClockKind.Respond).MeanHours!.Value, Precision);
        Assert.Equal(10, Clock(total, ClockKind.Respond).MedianHours!.Value, Precision);
        Assert.Equal(10.5, Clock(total, ClockKind.Resolve).MeanHours!.Value, Precision);
        Assert.Equal(10.5, Clock(total, ClockKind.Resolve).MedianHours!.Value, Precision);
    }

    [Fact]
    public async Task Escalations_reopenings_satisfaction_and_root_causes_count_what_happened_in_the_month()
    {
        var figures = await FiguresAsync();

        Assert.Equal(2, figures.Total.Escalations);
        Assert.Equal(
            [new EscalationCount(1, AlertTrigger.Rejected, 1), new EscalationCount(1, AlertTrigger.Manual, 1)],
            figures.Escalations.OrderByDescending(e => e.Trigger == AlertTrigger.Rejected));
        Assert.Equal(1, figures.Total.Reopened);
        Assert.Equal(3.0, figures.Total.SatisfactionMean!.Value, Precision);
        Assert.Equal(1.0, figures.Total.SatisfactionResponseRate!.Value, Precision);
        Assert.Equal(
            [new RootCauseCount("Billing error", 1), new RootCauseCount("Courier delay", 1)],
            figures.RootCauses);
    }

    [Fact]
    public async Task Categories_form_a_pareto_with_shares_and_cumulative_shares_of_received()
    {
        var byCategory = (await FiguresAsync()).By(MonitoringDimension.Category);

        Assert.Equal(["Billing", "Delivery", "General"], byCategory.Select(g => g.Key));
        Assert.Equal([3, 1, 1], byCategory.Select(g => g.Figures.Received));
        Assert.Equal([0.6, 0.2, 0.2], byCategory.Select(g => Math.Round(g.Share, 9)));
        Assert.Equal([0.6, 0.8, 1.0], byCategory.Select(g => Math.Round(g.CumulativeShare, 9)));
        var delivery = byCategory.Single(g => g.Key == "Delivery").Figures;
        Assert.Equal((1, 1, 1), (delivery.Received, delivery.Closed, delivery.Escalations));
    }

    [Fact]
    public async Task Channels_priorities_and_handlers_break_the_same_figures_down()
    {
        var figures = await FiguresAsync();

        Assert.Equal([("Email", 3), ("Phone", 1), ("Web", 1)], figures.By(MonitoringDimension.Channel).Select(g => (g.Key, g.Figures.Received)));
        Assert.Equal([("Medium", 3), ("High", 1), ("Low", 1)], figures.By(MonitoringDimension.Priority).Select(g => (g.Key, g.Figures.Received)));
        Assert.Equal(
            [("handler@demo.local", 4), (GroupKeys.Unassigned, 1)],
            figures.By(MonitoringDimension.Handler).Select(g => (g.Key, g.Figures.Received)));
        var phone = figures.By(MonitoringDimension.Channel).Single(g => g.Key == "Phone").Figures;
        Assert.Equal((1, 1, 2.0), (phone.Closed, Clock(phone, ClockKind.Acknowledge).Late, phone.SatisfactionMean!.Value));
    }

    [Fact]
    public async Task A_complaint_received_in_one_month_and_closed_in_the_next_counts_in_each_for_what_happened_there()
    {
        var january = await month.Monitoring.FiguresAsync(MonitoringPeriod.Month(2027, 1), HandBuiltFebruary.QualityManager, CancellationToken.None);

        // January: Q and P received, Q closed; P still open at the end of January, closed in February.
        Assert.Equal((2, 1, 1), (january.Total.Received, january.Total.Closed, january.Total.OpenAtEnd));
    }

    [Fact]
    public async Task Drilling_into_a_figure_lists_exactly_the_complaints_behind_it()
    {
        var late = await month.Monitoring.ComplaintsBehindAsync(
            HandBuiltFebruary.February, new MonitoringSlice(MonitoringMeasure.Late, Clock: ClockKind.Resolve), HandBuiltFebruary.QualityManager, CancellationToken.None);
        var escalatedBilling = await month.Monitoring.ComplaintsBehindAsync(
            HandBuiltFebruary.February, new MonitoringSlice(MonitoringMeasure.Escalated, MonitoringDimension.Category, "Billing"), HandBuiltFebruary.QualityManager, CancellationToken.None);

        Assert.Equal([month.Reference("B"), month.Reference("E")], late.Complaints.Select(c => c.Reference));
        Assert.Equal(2, late.Total);
        Assert.Equal([month.Reference("E")], escalatedBilling.Complaints.Select(c => c.Reference));
    }

    [Fact]
    public async Task Drilling_into_a_root_cause_or_an_escalation_level_and_trigger_lists_its_complaints()
    {
        var byCause = await month.Monitoring.ComplaintsBehindAsync(
            HandBuiltFebruary.February, new MonitoringSlice(MonitoringMeasure.Closed, RootCause: "Courier delay"), HandBuiltFebruary.QualityManager, CancellationToken.None);
        var manual = await month.Monitoring.ComplaintsBehindAsync(
            HandBuiltFebruary.February, new MonitoringSlice(MonitoringMeasure.Escalated, Level: 1, Trigger: AlertTrigger.Manual), HandBuiltFebruary.QualityManager, CancellationToken.None);

        Assert.Equal([month.Reference("P")], byCause.Complaints.Select(c => c.Reference));
        Assert.Equal([month.Reference("B")], manual.Complaints.Select(c => c.Reference));
    }

    [Fact]
    public async Task Handlers_may_not_monitor()
    {
        var handler = new Actor("h1", "handler@demo.local", new HashSet<DeskRole> { DeskRole.Handler });

        await Assert.ThrowsAsync<NotPermittedException>(() => month.Monitoring.FiguresAsync(HandBuiltFebruary.February, handler, CancellationToken.None));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        var backwards = new MonitoringPeriod(new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 1));

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => month.Monitoring.FiguresAsync(backwards, HandBuiltFebruary.QualityManager, CancellationToken.None));

        Assert.Equal(["to"], refusal.Errors.Keys);
    }
}
