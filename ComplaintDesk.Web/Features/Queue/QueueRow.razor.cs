using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Staff;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>
/// A queue row renders again only when what it shows changed: a patched complaint, its selection, the
/// names. The rows render again on every change the queue patches; the other rows stay as they were.
/// </summary>
public sealed partial class QueueRow
{
    private (ComplaintSummary, bool, StaffNameBook, Actor?)? _shown;

    [Parameter, EditorRequired]
    public ComplaintSummary Complaint { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor? Actor { get; set; }

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
        var now = (Complaint, Selected, Names, Actor);
        if (_shown == now)
        {
            return false;
        }

        _shown = now;
        return true;
    }

    private Task ToggleAsync(ChangeEventArgs change) => OnSelect.InvokeAsync((Complaint, change.Value is true));
}
