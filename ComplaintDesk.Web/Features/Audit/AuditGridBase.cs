using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Audit;

/// <summary>
/// One of the audit's lists: a page at a time from Core, read again from the first page whenever
/// the filters change; filters Core refuses (e.g. the last day before the first) are said, not thrown.
/// </summary>
public abstract class AuditGridBase<TRow> : ComponentBase
{
    private AuditSearch? _shown;

    [Parameter, EditorRequired]
    public AuditSearch Filter { get; set; } = new();

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    protected IAuditTrail Audit { get; set; } = default!;

    protected MudDataGrid<TRow>? Grid { get; set; }

    protected AuditGridBar? Bar { get; set; }

    protected abstract Task<Page<TRow>> ReadAsync(AuditSearch search, CancellationToken cancellationToken);

    protected override async Task OnParametersSetAsync()
    {
        if (Grid is null || _shown is null || _shown == Filter)
        {
            return;
        }

        if (Grid.CurrentPage > 0)
        {
            Grid.NavigateTo(MudBlazor.Page.First);
        }
        else
        {
            await Grid.ReloadServerData();
        }
    }

    protected async Task<GridData<TRow>> LoadAsync(GridState<TRow> state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        _shown = Filter;
        try
        {
            var page = await ReadAsync(Filter with { Page = state.Page + 1, PageSize = state.PageSize }, cancellationToken);
            Bar?.Show(page.Total, null);
            return new GridData<TRow> { Items = page.Items, TotalItems = page.Total };
        }
        catch (InvalidInputException invalid)
        {
            Bar?.Show(0, FormErrors.AllOf(Text, invalid));
            return new GridData<TRow> { Items = [], TotalItems = 0 };
        }
    }
}
