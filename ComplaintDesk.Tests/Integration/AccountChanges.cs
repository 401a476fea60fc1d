using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Changes a person's account the way the administration screens do: straight through Identity's UserManager.</summary>
public static class AccountChanges
{
    public static Task DeactivateAsync(DeskApiFactory factory, string email) =>
        ChangeAsync(factory, email, async (users, user) =>
        {
            user.DeactivatedAt = factory.Time.GetUtcNow();
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        });

    /// <summary>What a role change or password reset does to everything the person already holds.</summary>
    public static Task RenewSecurityStampAsync(DeskApiFactory factory, string email) =>
        ChangeAsync(factory, email, async (users, user) => await users.UpdateSecurityStampAsync(user));

    private static async Task ChangeAsync(DeskApiFactory factory, string email, Func<UserManager<DeskUser>, DeskUser, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        await change(users, user);
    }
}
