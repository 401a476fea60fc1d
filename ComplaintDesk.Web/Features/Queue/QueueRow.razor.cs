using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Staff;
using ComplaintDesk.Web.Components.Assignment;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>
/// A queue row renders again only when what it shows changed: a patched complaint, its selection, the
/// names, or its own take/assign in flight. The rows render again on every change the queue patches; the
/// other rows stay as they were.
/// </summary>
public sealed partial class QueueRow
{
    private (ComplaintSummary, bool, StaffNameBook, Actor?, bool)? _shown;
    private bool _busy;

    [Inject]
    private IComplaintWorkflow Workflow { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public ComplaintSummary Complaint { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor? Actor { get; set; }

    /// <summary>Every account's name, read once for the page.</summary>
    [Parameter, EditorRequired]
    public StaffNameBook Names { get; set; } = StaffNameBook.Empty;

    [Parameter]
    public bool Selected { get; set; }

    [Parameter]
    public EventCallback<(ComplaintSummary Complaint, bool Selected)> OnSelect { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected override bool ShouldRender()
    {
        var now = (Complaint, Selected, Names, Actor, _busy);
        if (_shown == now)
        {
            return false;
        }

        _shown = now;
        return true;
    }

    private Task ToggleAsync(ChangeEventArgs change) => OnSelect.InvokeAsync((Complaint, change.Value is true));

    private Task TakeAsync() => AssignToAsync(Actor!.Email);

    private async Task AssignAsync()
    {
        var dialog = await Dialogs.ShowAsync<AssignDialog>(
            Text["Assign.Title", Complaint.Reference], new DialogParameters<AssignDialog> { { d => d.Complaint, Complaint } });
        if (await dialog.Result is { Canceled: false, Data: string email })
        {
            await AssignToAsync(email);
        }
    }

    private async Task AssignToAsync(string email)
    {
        _busy = true;
        try
        {
            var changed = await Workflow.ApplyAsync(Complaint.Reference, Actor!, Complaint.Version, new AssignCommand(email), CancellationToken.None);
            Snackbar.Add(Text["Assign.Done", changed.Reference, Names.NameFor(changed.Assignment.Assignee!)], Severity.Success);
            await OnChanged.InvokeAsync();
        }
        catch (DeskException refused)
        {
            Snackbar.Add(Text.Word(refused.Text), Severity.Warning);
            await OnChanged.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
