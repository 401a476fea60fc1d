using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.People;

namespace ComplaintDesk.Web.Api;

/// <summary>A desk account: <c>{ id, email, displayName, roles, active }</c>.</summary>
public sealed record UserResponse(string Id, string Email, string DisplayName, IReadOnlyList<DeskRole> Roles, bool Active)
{
    public static UserResponse From(PersonView person) => new(person.Id, person.Email, person.DisplayName, person.Roles, person.Active);
}
