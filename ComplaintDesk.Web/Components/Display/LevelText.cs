using ComplaintDesk.Core.Messages;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>Escalation levels in the person's language.</summary>
public static class LevelText
{
    /// <summary>Whose hands an alert at this level is in (ISO 10002 Annex H), e.g. "supervisor".</summary>
    public static string Holder(this IStringLocalizer<DeskText> text, int level) =>
        text.Word(ComplaintKeys.Level(level));
}
