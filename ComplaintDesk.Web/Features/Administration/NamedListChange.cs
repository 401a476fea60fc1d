using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>
/// One change at a time to a list of named things (categories, teams): the change, then the list as it now
/// is; a refusal, read as a name's field errors, goes where the page shows it.
/// </summary>
public sealed class NamedListChange(Func<Task<Actor>> actor, Func<Actor, Task> reload, IStringLocalizer<DeskText> text)
{
    public bool Busy { get; private set; }

    public async Task<T?> RunAsync<T>(Func<Actor, Task<T>> change, Action<FormErrors> refused)
        where T : class
    {
        Busy = true;
        try
        {
            var who = await actor();
            var changed = await change(who);
            await reload(who);
            return changed;
        }
        catch (DeskException refusal)
        {
            refused(NameErrors.From(text, refusal));
            return null;
        }
        finally
        {
            Busy = false;
        }
    }
}
