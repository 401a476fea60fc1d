using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.People;

/// <summary>A desk account as administrators see it; never its password.</summary>
public sealed record PersonView(
    string Id, string Email, string DisplayName, IReadOnlyList<DeskRole> Roles, bool Active, bool MustChangePassword);
