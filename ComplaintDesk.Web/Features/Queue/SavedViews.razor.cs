using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>
/// The person's saved queue views in one menu: apply one, save the view on screen under a name, choose the
/// one their queue opens with, rename, delete (once they confirm). A view is kept as the query string the queue writes in its address.
/// </summary>
public sealed partial class SavedViews
{
    private MudMenu? _menu;
    private IReadOnlyList<SavedViewEntry> _views = [];
    private SavedViewEntry? _current;
    private Actor? _actor;
    private bool _busy;

    [Inject]
    private ISavedViewDesk Desk { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The view on screen, the one "Save this view…" keeps.</summary>
    [Parameter, EditorRequired]
    public QueueView Current { get; set; } = default!;

    /// <summary>The view the queue shows when its address names nothing; what equals it is left out of a saved query.</summary>
    [Parameter, EditorRequired]
    public QueueView Defaults { get; set; } = default!;

    /// <summary>The tabs this person has; a saved view naming another opens the default tab.</summary>
    [Parameter]
    public IReadOnlyCollection<QueueScope> Scopes { get; set; } = Enum.GetValues<QueueScope>();

    [Parameter]
    public EventCallback<QueueView> OnApply { get; set; }

    /// <summary>The query a view is kept as: its filters and sort, from its first page.</summary>
    public static string QueryOf(QueueView view, QueueView defaults) => (view with { Page = 1 }).ToUri("", defaults).TrimStart('?');

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        await ReloadAsync();
    }

    protected override void OnParametersSet() => FindCurrent();

    private async Task ReloadAsync()
    {
        _views = await Desk.ListAsync(_actor!, CancellationToken.None);
        FindCurrent();
    }

    private void FindCurrent()
    {
        var query = QueryOf(Current, Defaults);
        _current = _views.FirstOrDefault(v => v.Query == query);
    }

    private async Task ApplyAsync(SavedViewEntry view)
    {
        await CloseAsync();
        await OnApply.InvokeAsync(QueueView.Parse(view.Query, Defaults, Scopes));
    }

    private async Task SaveAsync()
    {
        var dialog = await Dialogs.ShowAsync<SaveViewDialog>(
            Text["Views.SaveTitle"], new DialogParameters<SaveViewDialog> { { d => d.Query, QueryOf(Current, Defaults) } });
        if (await dialog.Result is { Canceled: false, Data: SavedViewEntry saved })
        {
            Snackbar.Add(Text.Saved(saved), Severity.Success);
            await ReloadAsync();
        }
    }

    private Task ToggleDefaultAsync(SavedViewEntry view) =>
        ChangeAsync(() => Desk.SetDefaultAsync(_actor!, view.IsDefault ? null : view.Id, CancellationToken.None),
            Text.DefaultChanged(view, !view.IsDefault));

    private async Task RenameAsync(SavedViewEntry view)
    {
        await CloseAsync();
        var dialog = await Dialogs.ShowAsync<RenameViewDialog>(
            Text.RenameTitle(view), new DialogParameters<RenameViewDialog> { { d => d.View, view } });
        if (await dialog.Result is { Canceled: false, Data: SavedViewEntry renamed })
        {
            Snackbar.Add(Text.Renamed(view, renamed), Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task DeleteAsync(SavedViewEntry view)
    {
        await CloseAsync();
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text.DeleteTitle(view), Text.DeleteConsequence(view), yesText: Text["Views.DeleteConfirm"], cancelText: Text["Views.Keep"]);
        if (confirmed == true)
        {
            await ChangeAsync(() => Desk.DeleteAsync(_actor!, view.Id, CancellationToken.None), Text.Deleted(view));
        }
    }

    private async Task ChangeAsync(Func<Task> change, string done)
    {
        _busy = true;
        try
        {
            await change();
            Snackbar.Add(done, Severity.Success);
        }
        catch (DeskException refused)
        {
            Snackbar.Add(Text.Word(refused.Text), Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await ReloadAsync();
    }

    private Task CloseAsync() => _menu?.CloseMenuAsync() ?? Task.CompletedTask;
}
