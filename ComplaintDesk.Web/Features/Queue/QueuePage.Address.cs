using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>The queue's view in the address, and what the person changes on it: tab, filters, sort, page, selection, density.</summary>
public sealed partial class QueuePage
{
    private QueueView ReadAddress() => QueueView.Parse(new Uri(Navigation.Uri).Query, _defaults, _scopes);

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var path = Navigation.ToBaseRelativePath(e.Location).Split('?', '#')[0];
        if (path is "" or "queue")
        {
            _ = InvokeAsync(async () =>
            {
                try
                {
                    if (ReadAddress() is var view && view != _view)
                    {
                        await ShowAsync(view);
                        StateHasChanged();
                    }
                }
                catch (Exception exception)
                {
                    await DispatchExceptionAsync(exception);
                }
            });
        }
    }

    /// <summary>Shows a view the person chose, and puts it in the address so back and reload come back to it.</summary>
    private Task GoAsync(QueueView view, bool replace = false)
    {
        if (view == _view)
        {
            return Task.CompletedTask;
        }

        // Shown before the address changes, so hearing the new address finds the view already on screen.
        var showing = ShowAsync(view);
        Navigation.NavigateTo(view.ToUri(Path, _defaults), replace: replace);
        return showing;
    }

    private Task ShowAsync(QueueView view)
    {
        // A selection belongs to the rows it was made on: paging keeps it, another filter does not.
        if (view with { Page = 1, PageSize = 0 } != _view with { Page = 1, PageSize = 0 })
        {
            _selected.Clear();
        }

        _view = view;
        return LoadAsync();
    }

    private Task ApplySavedView(QueueView view) => GoAsync(view);

    private Task ChangeScope(QueueScope scope) => GoAsync(_view with { Scope = scope, Page = 1 });

    private Task ChangePriority(Priority? priority) => GoAsync(_view with { Priority = priority, Page = 1 });

    // Typing replaces the address rather than adding a step per pause, so back leaves the search.
    private Task Search(string? text) => GoAsync(_view with { Text = string.IsNullOrWhiteSpace(text) ? null : text, Page = 1 }, replace: true);

    private Task SortBy(string field) => GoAsync(_view.SortedBy(field));

    private Task GoToPage(int page) => GoAsync(_view with { Page = page });

    private Task ChangePageSize(int size) => GoAsync(_view with { PageSize = size, Page = 1 });

    private void Select((ComplaintSummary Complaint, bool Selected) choice)
    {
        if (choice.Selected)
        {
            _selected.Add(choice.Complaint.Reference);
        }
        else
        {
            _selected.Remove(choice.Complaint.Reference);
        }
    }

    private void SelectPage(ChangeEventArgs change)
    {
        _selected.Clear();
        if (change.Value is true)
        {
            _selected.UnionWith(_rows.Select(r => r.Reference));
        }
    }

    private async Task ToggleDenseAsync()
    {
        _dense = !_dense;
        await Preferences.SetDenseQueueAsync(_actor!.UserId, _dense, CancellationToken.None);
    }
}
