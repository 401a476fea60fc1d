using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>Administrators add and rename teams and choose their people; Core checks and records.</summary>
public sealed partial class TeamsPage
{
    private IReadOnlyList<TeamView> _teams = [];
    private IReadOnlyList<TeamPerson> _people = [];
    private string? _newName;
    private int? _renaming;
    private string? _renameTo;
    private FormErrors _createErrors = FormErrors.None;
    private FormErrors _renameErrors = FormErrors.None;
    private NamedListChange? _change;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private ITeamDesk Teams { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool Busy => _change?.Busy == true;

    protected override async Task OnInitializedAsync()
    {
        _change = new NamedListChange(CurrentUser.GetActorAsync, async actor => _teams = await Teams.ListAsync(actor, CancellationToken.None), Text);
        var actor = await CurrentUser.GetActorAsync();
        _people = await Teams.PeopleAsync(actor, CancellationToken.None);
        _teams = await Teams.ListAsync(actor, CancellationToken.None);
    }

    private async Task CreateAsync()
    {
        if (await RunAsync(actor => Teams.CreateAsync(_newName, actor, CancellationToken.None), errors => _createErrors = errors) is { } created)
        {
            (_newName, _createErrors) = (null, FormErrors.None);
            Snackbar.Add(Text["Teams.Added", created.Name], Severity.Success);
        }
    }

    private void StartRenaming(TeamView team) => (_renaming, _renameTo, _renameErrors) = (team.Id, team.Name, FormErrors.None);

    private void StopRenaming() => (_renaming, _renameTo, _renameErrors) = (null, null, FormErrors.None);

    private async Task RenameAsync(TeamView team)
    {
        if (await RunAsync(actor => Teams.RenameAsync(team.Id, _renameTo, actor, CancellationToken.None), errors => _renameErrors = errors) is not null)
        {
            StopRenaming();
        }
    }

    private async Task RetireAsync(TeamView team) =>
        await RunAsync(actor => Teams.RetireAsync(team.Id, actor, CancellationToken.None), errors => Snackbar.Add(errors.For("name") ?? errors.Summary(Text), Severity.Error));

    private async Task ActivateAsync(TeamView team) =>
        await RunAsync(actor => Teams.ActivateAsync(team.Id, actor, CancellationToken.None), errors => Snackbar.Add(errors.For("name") ?? errors.Summary(Text), Severity.Error));

    private Task AddAsync(TeamView team, string? userId) =>
        userId is null ? Task.CompletedTask : SetMembersAsync(team, [.. team.Members.Select(m => m.UserId), userId]);

    private Task RemoveAsync(TeamView team, TeamPerson member) =>
        SetMembersAsync(team, [.. team.Members.Select(m => m.UserId).Where(id => id != member.UserId)]);

    private Task<TeamView?> RunAsync(Func<Actor, Task<TeamView>> change, Action<FormErrors> refused) => _change!.RunAsync(change, refused);

    private async Task SetMembersAsync(TeamView team, IReadOnlyCollection<string> userIds) =>
        await RunAsync(
            actor => Teams.SetMembersAsync(team.Id, userIds, actor, CancellationToken.None),
            errors => Snackbar.Add(errors.For("userIds") ?? errors.For("name") ?? errors.Summary(Text), Severity.Error));
}
