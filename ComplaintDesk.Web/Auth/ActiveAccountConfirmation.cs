using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;

namespace ComplaintDesk.Web.Auth;

/// <summary>Identity asks this before any sign-in: a deactivated account is refused like a wrong password.</summary>
public sealed class ActiveAccountConfirmation : IUserConfirmation<DeskUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<DeskUser> manager, DeskUser user) => Task.FromResult(user.IsActive);
}
