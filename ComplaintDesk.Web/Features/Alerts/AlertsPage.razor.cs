using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Features.Alerts;

/// <summary>
/// The alerts centre: the signed-in person's alerts grouped by complaint, most urgent first, filtered and paged by
/// Core, read again whenever the hub says something shown moved; selected alerts are acknowledged together.
/// </summary>
public sealed partial class AlertsPage : LiveComponent
{
    // Ages are shown to the minute.
    private static readonly TimeSpan _ageTick = TimeSpan.FromMinutes(1);

    private readonly HashSet<long> _selected = [];
    private readonly HashSet<string> _expanded = [];
    private AlertTriageFilter _filter = new();
    private AlertGroupPage? _page;
    private IReadOnlyList<AlertAcknowledgement>? _answers;
    private Actor? _actor;
    private bool _busy;
    private ITimer? _ageTicker;

    [Inject]
    private IAlertTriage Triage { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private int PageCount => Math.Max(1, (int)Math.Ceiling((_page?.Total ?? 0) / (double)_filter.PageSize));

    private List<long> OpenOnPage => [.. (_page?.Groups ?? []).SelectMany(g => g.Alerts).Where(a => a.AcknowledgedAt is null).Select(a => a.Id)];

    private bool PageSelected => OpenOnPage is { Count: > 0 } open && open.All(_selected.Contains);

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        _ageTicker = Time.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, _ageTick, _ageTick);
        await ReloadAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ageTicker?.Dispose();
        }

        base.Dispose(disposing);
    }

    // What is selected and no longer open on this page (acknowledged elsewhere, or moved off it) drops out of the selection.
    private async Task ReloadAsync()
    {
        _page = await Triage.ListGroupsAsync(_filter, _actor!, CancellationToken.None);
        if (_page.Groups.Count == 0 && _filter.Page > PageCount)
        {
            // The last page emptied (acknowledged here or elsewhere): show the one that is now last.
            _filter = _filter with { Page = PageCount };
            _page = await Triage.ListGroupsAsync(_filter, _actor!, CancellationToken.None);
        }

        _selected.IntersectWith(OpenOnPage);
    }

    private Task FilterAsync(AlertTriageFilter filter)
    {
        _filter = filter;
        return ReloadAsync();
    }

    private Task GoToAsync(int page) => FilterAsync(_filter with { Page = page });

    private void Expand(string reference, bool open)
    {
        if (open)
        {
            _expanded.Add(reference);
        }
        else
        {
            _expanded.Remove(reference);
        }
    }

    private void Select((IReadOnlyList<long> Ids, bool On) change)
    {
        if (change.On)
        {
            _selected.UnionWith(change.Ids);
        }
        else
        {
            _selected.ExceptWith(change.Ids);
        }
    }

    private void SelectPage(ChangeEventArgs e) => Select((OpenOnPage, e.Value is true));

    private async Task AcknowledgeSelectedAsync()
    {
        _busy = true;
        try
        {
            _answers = await Triage.AcknowledgeAllAsync([.. _selected], _actor!, CancellationToken.None);
            _selected.Clear();
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    protected override bool Wants(LiveAlert alert) => true;

    // Only the complaints shown: their status, priority and assignee are on the rows.
    protected override bool Wants(ComplaintChange change) =>
        _page?.Groups.Any(g => g.ComplaintReference == change.Reference) == true;

    protected override Task RefreshAsync(LiveBatch batch) => ReloadAsync();
}
