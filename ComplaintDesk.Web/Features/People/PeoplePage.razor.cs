using ComplaintDesk.Core.People;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintDesk.Web.Features.People;

/// <summary>Administrators list, search and page through the desk's people and add new ones.</summary>
public sealed partial class PeoplePage
{
    private MudDataGrid<PersonView>? _grid;
    private string? _text;

    // How many times rows arrived; browser tests wait for it to move.
    private int _loads;

    [Inject]
    private IPeopleDesk People { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private static string RowClass(PersonView person, int index) => person.Active ? "" : "desk-person-deactivated";

    private async Task<GridData<PersonView>> LoadAsync(GridState<PersonView> state, CancellationToken cancellationToken)
    {
        var page = await People.ListAsync(new PeopleSearch(_text, state.Page + 1, state.PageSize), await CurrentUser.GetActorAsync(), cancellationToken);
        _loads++;
        return new GridData<PersonView> { Items = page.Items, TotalItems = page.Total };
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task SearchAsync(string? text)
    {
        _text = text;
        return ReloadAsync();
    }

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<NewPersonDialog>(Text["People.Add"], new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: PersonView created })
        {
            Snackbar.Add(Text["People.Added", created.DisplayName, created.Email], Severity.Success);
            await ReloadAsync();
        }
    }
}
