using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Localization;

/// <summary>
/// Gives MudBlazor its words from the desk's resources. MudBlazor asks only for languages other than English
/// (its own English stands); a key missing here falls back to that English.
/// </summary>
public sealed class DeskMudLocalizer(IStringLocalizer<MudBlazorText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];

    public override LocalizedString this[string key, params object[] arguments] => text[key, arguments];
}
