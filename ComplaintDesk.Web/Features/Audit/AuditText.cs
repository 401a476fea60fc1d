using ComplaintDesk.Core.Privacy;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Audit;

/// <summary>How the audit page names what was done with personal data.</summary>
public static class AuditText
{
    public static string Describe(PersonalDataAction action) => action switch
    {
        PersonalDataAction.View => "Viewed",
        PersonalDataAction.Export => "Exported",
        PersonalDataAction.Anonymise => "Anonymised",
        _ => action.ToString(),
    };

    public static Color ColorOf(PersonalDataAction action) => action switch
    {
        PersonalDataAction.Export => Color.Warning,
        PersonalDataAction.Anonymise => Color.Error,
        _ => Color.Default,
    };
}
