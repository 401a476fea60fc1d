using ComplaintDesk.Web.Components.Display;
using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>The clause 8 dashboard for a month or any run of days: cards, charts, breakdowns, and the complaints behind each count.</summary>
public sealed partial class MonitoringPage
{
    private static readonly DialogOptions _drillOptions = new()
    {
        MaxWidth = MaxWidth.Large,
        FullWidth = true,
        CloseButton = true,
        CloseOnNavigation = true,
    };

    private MonitoringPeriod _period = default!;
    private MonitoringFigures? _figures;
    private IReadOnlyList<Volume> _volumes = [];
    private Actor? _actor;
    private bool _loading;
    private string? _refusal;

    // A quick run of period changes overlaps; only the latest may set the figures.
    private int _loads;

    [Inject]
    private IMonitoringDesk Monitoring { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private DeskTimeZone Zone { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    // The period loaded, for tests and people reading the markup: its first and last day, the same in every language.
    private string PeriodKey => string.Create(CultureInfo.InvariantCulture, $"{_period.From:O}/{_period.To:O}");

    protected override async Task OnInitializedAsync()
    {
        // The month the desk is in now, which is not the server's month around midnight.
        var today = TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone.Zone);
        _period = MonitoringPeriod.Month(today.Year, today.Month);
        _actor = await CurrentUser.GetActorAsync();
        await ReloadAsync();
    }

    private Task ChangePeriodAsync(MonitoringPeriod period)
    {
        _period = period;
        return ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        var load = ++_loads;
        var period = _period;
        _loading = true;
        try
        {
            var figures = await Monitoring.FiguresAsync(period, _actor!, CancellationToken.None);
            var volumes = await VolumeReader.ReadAsync(Monitoring, figures, _actor!, CancellationToken.None);
            if (load == _loads)
            {
                (_figures, _volumes, _refusal) = (figures, volumes, null);
            }
        }
        catch (InvalidInputException refused)
        {
            if (load == _loads)
            {
                (_figures, _volumes, _refusal) = (null, [], FormErrors.AllOf(Text, refused));
            }
        }
        finally
        {
            if (load == _loads)
            {
                _loading = false;
            }
        }
    }

    private async Task DrillAsync(MonitoringSlice slice) =>
        await Dialogs.ShowAsync<DrillDialog>(
            Text.Describe(slice),
            new DialogParameters<DrillDialog> { { d => d.Period, _figures!.Period }, { d => d.Slice, slice } },
            _drillOptions);

    private static bool IsEmpty(PeriodFigures total) =>
        total is { Received: 0, Closed: 0, Withdrawn: 0, OpenAtEnd: 0, Escalations: 0, Reopened: 0 };
}
