using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Components.Display;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>A refused name shown by its field: Core's field errors as they are, a clash with another name there too.</summary>
public static class NameErrors
{
    public static FormErrors From(DeskException refused) =>
        refused is InvalidInputException invalid
            ? new FormErrors(invalid.Errors)
            : new FormErrors(new Dictionary<string, string[]> { ["name"] = [refused.Message] });
}
