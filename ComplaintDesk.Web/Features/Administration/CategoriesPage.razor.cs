using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>Administrators add, rename, retire and bring back categories, and give each to a team; Core checks and records.</summary>
public sealed partial class CategoriesPage
{
    private const int ManagedNameLimit = ManagedName.MaxLength;

    private IReadOnlyList<CategoryView> _categories = [];
    private IReadOnlyList<TeamView> _teams = [];
    private string? _newName;
    private string? _renaming;
    private string? _renameTo;
    private FormErrors _createErrors = FormErrors.None;
    private FormErrors _renameErrors = FormErrors.None;
    private NamedListChange? _change;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private ICategoryDesk Categories { get; set; } = default!;

    [Inject]
    private ITeamDesk Teams { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool Busy => _change?.Busy == true;

    protected override async Task OnInitializedAsync()
    {
        _change = new NamedListChange(CurrentUser.GetActorAsync, async _ => _categories = await Categories.ListAsync(CancellationToken.None), Text);
        _teams = await Teams.ListAsync(await CurrentUser.GetActorAsync(), CancellationToken.None);
        _categories = await Categories.ListAsync(CancellationToken.None);
    }

    private Task<CategoryView?> RunAsync(Func<Actor, Task<CategoryView>> change, Action<FormErrors> refused) => _change!.RunAsync(change, refused);

    private async Task CreateAsync()
    {
        var created = await RunAsync(actor => Categories.CreateAsync(_newName, actor, CancellationToken.None), errors => _createErrors = errors);
        if (created is not null)
        {
            (_newName, _createErrors) = (null, FormErrors.None);
            Snackbar.Add(Text["Categories.Added", created.Name], Severity.Success);
        }
    }

    private void StartRenaming(CategoryView category) => (_renaming, _renameTo, _renameErrors) = (category.Name, category.Name, FormErrors.None);

    private void StopRenaming() => (_renaming, _renameTo, _renameErrors) = (null, null, FormErrors.None);

    private async Task RenameAsync(CategoryView category)
    {
        var renamed = await RunAsync(actor => Categories.RenameAsync(category.Name, _renameTo, actor, CancellationToken.None), errors => _renameErrors = errors);
        if (renamed is not null)
        {
            StopRenaming();
            Snackbar.Add(Text["Categories.Renamed", category.Name, renamed.Name], Severity.Success);
        }
    }

    private Task RetireAsync(CategoryView category) =>
        ChangeAsync(actor => Categories.RetireAsync(category.Name, actor, CancellationToken.None), Text["Categories.Retired", category.Name]);

    private Task ActivateAsync(CategoryView category) =>
        ChangeAsync(actor => Categories.ActivateAsync(category.Name, actor, CancellationToken.None), Text["Categories.OfferedAgain", category.Name]);

    private Task GiveToTeamAsync(CategoryView category, int team) =>
        ChangeAsync(
            actor => Categories.GiveToTeamAsync(category.Name, team == 0 ? null : team, actor, CancellationToken.None),
            team == 0 ? Text["Categories.ToWholeDesk", category.Name] : Text["Categories.ToTeam", category.Name, _teams.Single(t => t.Id == team).Name]);

    private async Task ChangeAsync(Func<Actor, Task<CategoryView>> change, string done)
    {
        if (await RunAsync(change, errors => Snackbar.Add(errors.For("name") ?? errors.For("teamId") ?? errors.Summary(Text), Severity.Error)) is not null)
        {
            Snackbar.Add(done, Severity.Success);
        }
    }
}
