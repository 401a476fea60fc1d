using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// Tells whoever has a complaint, the moment its complainant writes (a reply by e-mail, information on the status page),
/// in a toast that opens it: a reply to a decision leaves the complaint where it stands, waiting for someone to read it
/// and record the verdict it gives. Every tab hears every change; this keeps the signed-in person's own.
/// </summary>
public sealed partial class ReplyToasts : LiveToasts
{
    private Actor? _actor;
    private string _announcement = "";

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _actor = await CurrentUser.FindActorAsync();

    protected override bool Wants(ComplaintChange change) =>
        change.LastMove == ComplaintMove.ComplainantInformation && _actor is not null && _actor.Is(change.Assignee);

    protected override Task RefreshAsync(LiveBatch batch)
    {
        foreach (var change in batch.Complaints)
        {
            _announcement = Text["ReplyToast.Wrote", change.Reference];
            Toast(_announcement, Severity.Info, ComplaintAddress(change.Reference), $"reply-{change.Reference}-{change.Version}");
        }

        return Task.CompletedTask;
    }
}
