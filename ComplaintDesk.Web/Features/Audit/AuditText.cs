using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Audit;

/// <summary>How the audit page names what was done with personal data.</summary>
public static class AuditText
{
    public static string Describe(this IStringLocalizer<DeskText> text, PersonalDataAction action) => text[$"Audit.Action.{action}"];

    public static Color ColorOf(PersonalDataAction action) => action switch
    {
        PersonalDataAction.Export or PersonalDataAction.Download => Color.Warning,
        PersonalDataAction.Anonymise => Color.Error,
        _ => Color.Default,
    };
}
