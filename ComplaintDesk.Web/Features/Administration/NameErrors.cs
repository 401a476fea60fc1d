using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>A refused name shown by its field: Core's field errors as they are, a clash with another name there too.</summary>
public static class NameErrors
{
    public static FormErrors From(IStringLocalizer<DeskText> text, DeskException refused) =>
        refused is InvalidInputException invalid
            ? new FormErrors(text.Word(invalid.Errors))
            : new FormErrors(new Dictionary<string, string[]> { ["name"] = [text.Word(refused.Text)] });
}
