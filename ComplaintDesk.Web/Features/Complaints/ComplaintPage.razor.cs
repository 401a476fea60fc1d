using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Localization;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>One complaint: who, what, where it stands, its timeline, and the moves this person may make now.</summary>
public sealed partial class ComplaintPage : LiveComponent
{
    private ComplaintDetails? _complaint;
    private Actor? _actor;
    private string? _missing;
    private bool _mayAnonymise;

    [Parameter]
    public string Reference { get; set; } = "";

    [Inject]
    private IComplaintQueries Queries { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IComplaintWorkflow Workflow { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IPersonalDataLog AccessLog { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = await CurrentUser.GetActorAsync();
        _mayAnonymise = _actor.Has(DeskCapability.AnonymisePersonalData);
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task<ComplaintDetails> LoadAsync()
    {
        try
        {
            await ShowAsync(await Queries.GetAsync(Reference, _actor!, CancellationToken.None));
            _missing = null;
        }
        catch (NotFoundException missing)
        {
            _missing = Text.Word(missing.Text);
        }

        return _complaint!;
    }

    private async Task OpenMoveAsync(ComplaintMove move)
    {
        var parameters = new DialogParameters<MoveDialog>
        {
            { d => d.Move, move },
            { d => d.Complaint, _complaint! },
            { d => d.Actor, _actor! },
            { d => d.Refresh, RefreshForDialogAsync },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<MoveDialog>(Text["Move.Dialog", Text.Button(move), _complaint!.Reference], parameters, options);
        if (await dialog.Result is { Canceled: false, Data: ComplaintDetails changed })
        {
            await ShowAsync(changed);
            Snackbar.Add(Text["Move.Done", Text.Button(move)], Severity.Success);
        }
    }

    private async Task AnonymiseAsync()
    {
        var parameters = new DialogParameters<AnonymiseDialog> { { d => d.Complaint, _complaint! }, { d => d.Actor, _actor! } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<AnonymiseDialog>(Text["Anonymise.Title", _complaint!.Reference], parameters, options);
        if (await dialog.Result is { Canceled: false, Data: ComplaintDetails changed })
        {
            _complaint = changed;
            Snackbar.Add(Text["Anonymise.Done", Reference], Severity.Success);
        }
    }

    // ISO 10002 4.10: recorded before the complainant's data reaches the screen (Core counts a live page once per ten minutes).
    private async Task ShowAsync(ComplaintDetails complaint)
    {
        await AccessLog.RecordShownAsync(complaint, _actor!, CancellationToken.None);
        _complaint = complaint;
    }

    private async Task TakeAsync()
    {
        try
        {
            await ShowAsync(await Workflow.ApplyAsync(Reference, _actor!, _complaint!.Version, new AssignCommand(_actor!.Email), CancellationToken.None));
            Snackbar.Add(Text["Assign.YoursNow", Reference], Severity.Success);
        }
        catch (DeskException refused)
        {
            Snackbar.Add(Text.Word(refused.Text), Severity.Warning);
            await LoadAsync();
        }
    }

    private async Task<ComplaintDetails> RefreshForDialogAsync()
    {
        var fresh = await LoadAsync();
        StateHasChanged();
        return fresh;
    }

    protected override bool Wants(ComplaintChange change) =>
        change.Reference == Reference && change.Version > (_complaint?.Version ?? 0);

    // A change to this complaint, or a reconnection after which one may have been missed: read it again.
    protected override Task RefreshAsync(LiveBatch batch) => LoadAsync();
}
