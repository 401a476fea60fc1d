using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>The dashboard's four charts, built from the figures already on the page.</summary>
public sealed partial class MonitoringCharts
{
    private string[] _levelLabels = [];
    private List<ChartSeries<double>> _volume = [];
    private string[] _volumeLabels = [];
    private BarChartOptions _volumeOptions = new();
    private string _volumeTitle = "";
    private List<ChartSeries<double>> _onTime = [];
    private string[] _clockLabels = [];
    private BarChartOptions _percentOptions = new();
    private List<ChartSeries<double>> _shares = [];
    private List<ChartSeries<double>> _cumulative = [];
    private string[] _categoryLabels = [];
    private BarChartOptions _paretoOptions = new();
    private readonly LineChartOptions _lineOptions = ChartStyles.CumulativeLine();
    private List<ChartSeries<double>> _escalations = [];
    private StackedBarChartOptions _escalationOptions = new();
    private string _warningsCaption = "";

    [Parameter, EditorRequired]
    public MonitoringFigures Figures { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<Volume> Volumes { get; set; } = [];

    protected override void OnParametersSet()
    {
        var unit = VolumeBuckets.UnitFor(Figures.Period);
        _volumeTitle = Text[$"Monitoring.Chart.ReceivedPer{unit}"];
        _levelLabels = [.. Enumerable.Range(1, EscalationLevels.Highest).Select(level => Text["Monitoring.LevelN", level].Value)];
        _volume = [new() { Name = Text["Monitoring.Column.Received"], Data = Volumes.Select(v => (double)v.Received).ToArray() }];
        _volumeLabels = [.. Volumes.Select(v => v.Label)];
        _volumeOptions = ChartStyles.Counts(Volumes.Select(v => (double)v.Received));

        _clockLabels = [.. Figures.Total.Clocks.Select(c => Text.Clock(c.Kind))];
        _percentOptions = ChartStyles.Percent(Text);
        _onTime = [new() { Name = Text["Monitoring.Measure.OnTime"], Data = Figures.Total.Clocks.Select(c => c.OnTimeRate * 100).ToArray() }];

        var categories = Figures.By(MonitoringDimension.Category).Where(g => g.Figures.Received > 0).ToList();
        _categoryLabels = [.. categories.Select(g => Text.Group(MonitoringDimension.Category, g.Key))];
        _shares = [new() { Name = Text["Monitoring.Chart.ShareOfReceived"], Data = categories.Select(g => g.Share * 100).ToArray() }];
        _cumulative = [new() { Name = Text["Monitoring.Chart.CumulativeShare"], Data = categories.Select(g => g.CumulativeShare * 100).ToArray() }];
        _paretoOptions = ChartStyles.Percent(Text, legend: true, labelRotation: categories.Count > 5 ? 30 : 0);

        BuildEscalations();
    }

    private void BuildEscalations()
    {
        var raised = Figures.Escalations.Where(e => e.Level >= 1).ToList();
        _escalations = [.. raised
            .Select(e => e.Trigger).Distinct().Order()
            .Select(trigger => new ChartSeries<double>
            {
                Name = Text.Trigger(trigger),
                Data = Enumerable.Range(1, EscalationLevels.Highest)
                    .Select(level => (double)raised.Where(e => e.Level == level && e.Trigger == trigger).Sum(e => e.Count)).ToArray(),
            })];
        _escalationOptions = ChartStyles.StackedCounts(
            Enumerable.Range(1, EscalationLevels.Highest).Select(level => (double)raised.Where(e => e.Level == level).Sum(e => e.Count)));
        var warnings = Figures.Escalations.Where(e => e.Level == 0).Sum(e => e.Count);
        _warningsCaption = warnings == 0
            ? Text["Monitoring.Chart.EscalationsCaption"]
            : Text["Monitoring.Chart.EscalationsCaptionWarnings", MonitoringText.Count(warnings)];
    }
}
