using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// A form of the status page, posted without a circuit: the move is made, then the page is loaded afresh with its
/// confirmation (so a reload does not post again); a refusal is shown in the form, the typed words kept.
/// </summary>
public abstract class StatusForm : ComponentBase
{
    [Parameter, EditorRequired]
    public string Token { get; set; } = "";

    [Inject]
    protected IStatusPageDesk Desk { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected FormErrors Errors { get; private set; } = FormErrors.None;

    protected async Task SubmitAsync(Func<CancellationToken, Task> move, string done)
    {
        try
        {
            await move(CancellationToken.None);
        }
        catch (DeskException refused)
        {
            Errors = FormErrors.From(Text, refused);
            return;
        }

        Navigation.NavigateTo(StatusAddress.Done(Token, done));
    }
}
