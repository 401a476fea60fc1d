using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using ComplaintDesk.Web.RealTime;
using Hangfire;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Reports;

/// <summary>
/// The monthly workbooks: what is stored, building a month now in the background, and the result
/// as soon as the hub says the run finished.
/// </summary>
public sealed partial class ReportsPage
{
    // Builds asked for on this page, by month, with when they were asked for.
    private readonly Dictionary<string, DateTimeOffset> _requested = new(StringComparer.Ordinal);
    private IReadOnlyList<ReportLine>? _lines;
    private Actor? _actor;
    private string? _buildMonth;

    // Live reloads can overlap; only the latest one may set the rows.
    private int _loads;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private IMonthlyReports Reports { get; set; } = default!;

    [Inject]
    private IBackgroundJobClient Jobs { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private DeskTimeZone Zone { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        _buildMonth = ReportMonth.Containing(Time.GetUtcNow(), Zone.Zone).ToString();
        await ReloadAsync();
    }

    private async Task BuildAsync()
    {
        string month;
        try
        {
            month = ReportMonth.Parse(_buildMonth, Time.GetUtcNow(), Zone.Zone).ToString();
        }
        catch (InvalidInputException refused)
        {
            Snackbar.Add(FormErrors.AllOf(Text, refused), Severity.Warning);
            return;
        }

        _requested[month] = Time.GetUtcNow();
        ReportBuilds.Enqueue(Jobs, month, _actor!);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        var load = ++_loads;
        var summaries = await Reports.ListAsync(_actor!, CancellationToken.None);
        if (load != _loads)
        {
            return;
        }

        // A run that finished while the hub was not heard (a dropped line) is settled from the list.
        foreach (var summary in summaries.Where(s => _requested.ContainsKey(s.Month)))
        {
            if (new ReportLine(summary.Month, summary, _requested[summary.Month]).Finished is { } finished)
            {
                _requested.Remove(summary.Month);
                Announce(finished);
            }
        }

        _lines = [.. summaries
            .Select(s => new ReportLine(s.Month, s, _requested.TryGetValue(s.Month, out var at) ? at : null))
            .Concat(_requested.Where(r => summaries.All(s => s.Month != r.Key)).Select(r => new ReportLine(r.Key, null, r.Value)))
            .OrderByDescending(l => l.Month, StringComparer.Ordinal)];
    }

    protected override bool Wants(MonthlyReportView run) => true;

    protected override Task RefreshAsync(LiveBatch batch)
    {
        foreach (var run in batch.Reports)
        {
            if (_requested.Remove(run.Month))
            {
                Announce(run);
            }
        }

        return ReloadAsync();
    }

    private void Announce(MonthlyReportView run)
    {
        var month = MonthText.Of(run.Month);
        if (run.Succeeded)
        {
            Snackbar.Add(Text["Reports.Ready.Toast", month, run.Complaints.ToString("N0", CultureInfo.CurrentCulture)], Severity.Success);
        }
        else
        {
            Snackbar.Add(Text["Reports.Failed.Toast", month, run.Failure ?? ""], Severity.Error);
        }
    }
}
